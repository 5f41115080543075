using NodaTime;
using Wlz.Rules.Parameters;

namespace Wlz.Rules.Validatie;

/// <summary>Limits and parameters for validation, including the limits against hostile input.</summary>
public sealed record DossierValidatieOpties
{
    /// <summary>Gets the default options.</summary>
    public static DossierValidatieOpties Standaard { get; } = new();

    /// <summary>Gets the largest number of facts (cliënt included) a dossier may hold; a larger dossier is rejected with <see cref="Foutcodes.TeVeelFeiten"/> without checking its facts.</summary>
    /// <value>The default is 10 000.</value>
    public int MaxFeitenPerDossier { get; init; } = 10_000;

    /// <summary>Gets the earliest date accepted in any field.</summary>
    /// <value>The default is 1990-01-01.</value>
    public LocalDate VroegsteDatum { get; init; } = new(1990, 1, 1);

    /// <summary>Gets the latest date accepted in any field.</summary>
    /// <value>The default is 2200-12-31.</value>
    public LocalDate LaatsteDatum { get; init; } = new(2200, 12, 31);

    /// <summary>Gets the earliest geboortedatum accepted. Wlz cliënten are mostly elderly, so the general lower bound does not apply to it.</summary>
    /// <value>The default is 1880-01-01 (TR002 allows at most 120 years before the dagtekening).</value>
    public LocalDate VroegsteGeboortedatum { get; init; } = new(1880, 1, 1);

    /// <summary>Gets the parameters; validation reads <see cref="WlzParameters.MaxSleuteldatumDagenVoorBegindatum"/> in force on the MAZ begindatum.</summary>
    /// <value>The default is <see cref="WlzParameters.Standaard"/>.</value>
    public WlzParameters Parameters { get; init; } = WlzParameters.Standaard;
}
