using FluentValidation;
using NodaTime;
using Wlz.Rules.Model;
using Wlz.Rules.Model.Kamers;

namespace Wlz.Rules.Validatie.Kamers;

/// <summary>
/// Validates a <see cref="Kamerdossier"/> before evaluation: required facts and fields, dates in range, an intrek after
/// the departure, a sleuteldatum not after the intrek, and consistent declaration lines. Codes: <see cref="Kamerfoutcodes"/>.
/// </summary>
/// <remarks>Messages name the room, the fact and the field, and never contain a full BSN.</remarks>
public sealed class KamerdossierValidator : AbstractValidator<Kamerdossier>
{
    private readonly DossierValidatieOpties _opties;

    /// <summary>Initializes a new instance of the <see cref="KamerdossierValidator"/> class.</summary>
    /// <param name="opties">The date range and size limits; <see cref="DossierValidatieOpties.Standaard"/> when <see langword="null"/>.</param>
    public KamerdossierValidator(DossierValidatieOpties? opties = null)
    {
        _opties = opties ?? DossierValidatieOpties.Standaard;
        RuleFor(k => k).Custom((kamerdossier, context) =>
        {
            List<Validatiefout>? fouten = null;
            Controleer(kamerdossier, new Melder(ref fouten, kamerdossier));
            Melder.GeefDoor(fouten, context);
        });
    }

    /// <summary>Validates the room partition and returns the rejection, or <see langword="null"/> when it is valid.</summary>
    /// <param name="kamerdossier">The room partition.</param>
    /// <returns>The rejection with every failure, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="kamerdossier"/> is <see langword="null"/>.</exception>
    public Kamerafwijzing? Beoordeel(Kamerdossier kamerdossier)
    {
        ArgumentNullException.ThrowIfNull(kamerdossier);
        var resultaat = Validate(kamerdossier);
        return resultaat.IsValid
            ? null
            : new Kamerafwijzing(Maskering.Maskeer(kamerdossier.Kamer?.KamerId ?? "<zonder kamer>"), resultaat.Errors.Select(Validatiefout.Van));
    }

    private void Controleer(Kamerdossier dossier, Melder melder)
    {
        var kamer = dossier.Kamer;
        if (kamer is null)
        {
            melder.Fout(Kamerfoutcodes.VeldOntbreekt, "Kamerdossier", "Kamer", "the room is required.");
        }
        else
        {
            Verplicht(melder, "Kamer", "KamerId", kamer.KamerId);
            Verplicht(melder, "Kamer", "Locatie", kamer.Locatie);
            if (kamer.Zorgaanbieder is null)
            {
                melder.Fout(Kamerfoutcodes.VeldOntbreekt, "Kamer", "Zorgaanbieder", "the field is required.");
            }
            else if (!kamer.Zorgaanbieder.IsGeldig)
            {
                melder.Fout(Kamerfoutcodes.AgbCodeOngeldig, "Kamer", "Zorgaanbieder", $"'{Maskering.MaskeerOnbekend(kamer.Zorgaanbieder.Waarde)}' is not an AGB code of eight digits.");
            }
        }

        var vertrek = dossier.Vertrek;
        if (vertrek is null)
        {
            melder.Fout(Kamerfoutcodes.VeldOntbreekt, "Kamerdossier", "Vertrek", "the departure is required.");
        }
        else
        {
            Verplicht(melder, "Vertrek", "ClientId", vertrek.ClientId);
            Datum(melder, "Vertrek", "LaatsteDag", vertrek.LaatsteDag);
            if (!Enum.IsDefined(vertrek.Reden))
            {
                melder.Fout(Kamerfoutcodes.OnbekendeCode, "Vertrek", "Reden", $"{(int)vertrek.Reden} is not a Vertrekreden.");
            }
        }

        if (dossier.Intrek is { } intrek)
        {
            Verplicht(melder, "Intrek", "ClientId", intrek.ClientId);
            var sleutelOk = Datum(melder, "Intrek", "Sleuteldatum", intrek.Sleuteldatum);
            var intrekOk = Datum(melder, "Intrek", "Intrekdatum", intrek.Intrekdatum);
            if (vertrek is not null && intrekOk && intrek.Intrekdatum is { } intrekdatum && intrekdatum <= vertrek.LaatsteDag)
            {
                melder.Fout(Kamerfoutcodes.IntrekNietNaVertrek, "Intrek", "Intrekdatum", $"{Melder.Iso(intrekdatum)} is not after the last day {Melder.Iso(vertrek.LaatsteDag)} of the departing cliënt.");
            }

            if (sleutelOk && intrekOk && intrek.Sleuteldatum is { } sleutel && intrek.Intrekdatum is { } intrekdag && sleutel > intrekdag)
            {
                melder.Fout(Kamerfoutcodes.SleuteldatumNaIntrek, "Intrek", "Sleuteldatum", $"{Melder.Iso(sleutel)} lies after the Intrekdatum {Melder.Iso(intrekdag)}.");
            }

            if (vertrek is not null && !string.IsNullOrEmpty(intrek.ClientId) && string.Equals(intrek.ClientId, vertrek.ClientId, StringComparison.Ordinal))
            {
                melder.Fout(Kamerfoutcodes.ZelfdeClient, "Intrek", "ClientId", "the cliënt who moves in is the cliënt who left.");
            }
        }

        Regels(dossier.Declaratieregels, melder);
    }

    private void Regels(IReadOnlyList<Declaratieregel> regels, Melder melder)
    {
        if (regels.Count > _opties.MaxFeitenPerDossier)
        {
            melder.Fout(Kamerfoutcodes.TeVeelRegels, "Kamerdossier", "Declaratieregels", $"{regels.Count} lines exceed the limit of {_opties.MaxFeitenPerDossier}.");
            return;
        }

        var nummers = new HashSet<int>();
        for (var i = 0; i < regels.Count; i++)
        {
            var regel = regels[i];
            var regelMelder = melder.Voor(nameof(Kamerdossier.Declaratieregels), i);
            if (regel is null)
            {
                regelMelder.Fout(Kamerfoutcodes.VeldOntbreekt, "Declaratieregel", "Declaratieregel", "the line is null.");
                continue;
            }

            var feit = Feitnaam.Van(regel);
            Verplicht(regelMelder, feit, "ClientId", regel.ClientId);
            Verplicht(regelMelder, feit, "Prestatiecode", regel.Prestatiecode);
            var datumsOk = Datum(regelMelder, feit, "Begindatum", regel.Begindatum) & Datum(regelMelder, feit, "Einddatum", regel.Einddatum);
            if (!nummers.Add(regel.Regelnummer))
            {
                regelMelder.Fout(Kamerfoutcodes.DubbelRegelnummer, feit, "Regelnummer", $"regelnummer {regel.Regelnummer} occurs more than once.");
            }

            if (!datumsOk)
            {
                continue;
            }

            if (regel.Einddatum < regel.Begindatum)
            {
                regelMelder.Fout(Kamerfoutcodes.EinddatumVoorBegindatum, feit, "Einddatum", $"{Melder.Iso(regel.Einddatum)} lies before Begindatum {Melder.Iso(regel.Begindatum)}.");
                continue;
            }

            var dagen = Period.DaysBetween(regel.Begindatum, regel.Einddatum) + 1;
            if (regel.Aantal != dagen)
            {
                regelMelder.Fout(Kamerfoutcodes.AantalOngeldig, feit, "Aantal", $"{regel.Aantal} is not the {dagen} day(s) from {Melder.Iso(regel.Begindatum)} to {Melder.Iso(regel.Einddatum)}.");
            }
        }
    }

    private static void Verplicht(Melder melder, Feitnaam feit, string veld, string? waarde)
    {
        if (string.IsNullOrWhiteSpace(waarde))
        {
            melder.Fout(Kamerfoutcodes.VeldOntbreekt, feit, veld, "the field is required.");
        }
    }

    private bool Datum(Melder melder, Feitnaam feit, string veld, LocalDate? datum)
    {
        if (datum is { } d && (d < _opties.VroegsteDatum || d > _opties.LaatsteDatum))
        {
            melder.Fout(Kamerfoutcodes.DatumBuitenBereik, feit, veld, $"{Melder.Iso(d)} lies outside the supported dates {Melder.Iso(_opties.VroegsteDatum)} to {Melder.Iso(_opties.LaatsteDatum)}.");
            return false;
        }

        return true;
    }
}
