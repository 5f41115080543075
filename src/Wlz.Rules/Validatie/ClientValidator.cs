using FluentValidation;
using Wlz.Rules.Model;

namespace Wlz.Rules.Validatie;

/// <summary>Validates a <see cref="Client"/>: a key (WLZ-V002), a BSN that passes the 11-proef (WLZ-V001, CS002) and a geboortedatum from <see cref="DossierValidatieOpties.VroegsteGeboortedatum"/> on (WLZ-V019).</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class ClientValidator : AbstractValidator<Client>
{
    private readonly DossierValidatieOpties _opties;

    /// <summary>Initializes a new instance of the <see cref="ClientValidator"/> class with the default options.</summary>
    public ClientValidator()
        : this(DossierValidatieOpties.Standaard)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ClientValidator"/> class.</summary>
    /// <param name="opties">The validation options.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="opties"/> is <see langword="null"/>.</exception>
    public ClientValidator(DossierValidatieOpties opties)
    {
        ArgumentNullException.ThrowIfNull(opties);
        _opties = opties;
        RuleFor(c => c).Custom((client, context) =>
        {
            List<Validatiefout>? fouten = null;
            Controleer(client, new Melder(ref fouten));
            Melder.GeefDoor(fouten, context);
        });
    }

    internal void Controleer(Client client, in Melder melder)
    {
        const string Feit = "Client";
        if (string.IsNullOrWhiteSpace(client.ClientId))
        {
            melder.Fout(Foutcodes.ClientIdOntbreekt, Feit, "ClientId", "the cliënt has no key.");
        }

        if (client.Bsn is { IsGeldig: false } bsn)
        {
            melder.Fout(Foutcodes.BsnOngeldig, Feit, "Bsn", $"'{Maskering.MaskeerOnbekend(bsn.Waarde)}' is not nine digits passing the 11-proef.");
        }

        Controles.Datum(melder, _opties.VroegsteGeboortedatum, _opties.LaatsteDatum, Feit, "Geboortedatum", client.Geboortedatum);
    }
}
