using NodaTime;
using Wlz.Rules.Model;
using Wlz.Rules.Model.Kamers;

namespace Wlz.Rules.Regels.Mutatiedagen;

/// <summary>The worked example of the source, as a <see cref="Kamerdossier"/>: cliënt A dies on 10 May 2015, cliënt B gets the key on 15 May and moves in on 22 May.</summary>
/// <remarks>
/// "Cliënt A met een ZP 4 excl. BH, incl. DB (prestatiecode Z041) overlijdt op 10 mei 2015. Cliënt B met een ZP 5 excl.
/// BH, incl. DB (prestatiecode Z051) krijgt op 15 mei de sleutel en komt wonen op 22 mei 2015." The declared lines are
/// the source's answer for May ("over mei 2013" in the source is read as May 2015): A Z041 1–10 May (10), A Z916 11–21
/// May (11), B Z051 22–31 May (10). Evaluating it on <see cref="Peildatum"/> gives Z916 11–21 May and no findings.
/// AGB code 70000001 is a synthetic test number for "aanbieder Y".
/// </remarks>
public static class MutatiedagenVoorbeeld
{
    /// <summary>Gets the peildatum of the example: 31 May 2015, the end of the declared month.</summary>
    public static LocalDate Peildatum { get; } = new(2015, 5, 31);

    /// <summary>Gets the room partition of the worked example.</summary>
    public static Kamerdossier Kamerdossier { get; } = new()
    {
        Kamer = new Kamer { KamerId = "K-101", Locatie = "Locatie Y", Zorgaanbieder = new AgbCode("70000001"), ToegelatenVoorBehandeling = false },
        Vertrek = new Vertrek { ClientId = "A", LaatsteDag = new LocalDate(2015, 5, 10), Reden = Vertrekreden.Overlijden, Prestatiecode = "Z041" },
        Intrek = new Intrek
        {
            ClientId = "B",
            Sleuteldatum = new LocalDate(2015, 5, 15),
            Intrekdatum = new LocalDate(2015, 5, 22),
            Prestatiecode = "Z051",
        },
        Declaratieregels =
        [
            new Declaratieregel { Regelnummer = 1, ClientId = "A", Prestatiecode = "Z041", Begindatum = new LocalDate(2015, 5, 1), Einddatum = new LocalDate(2015, 5, 10), Aantal = 10 },
            new Declaratieregel { Regelnummer = 2, ClientId = "A", Prestatiecode = "Z916", Begindatum = new LocalDate(2015, 5, 11), Einddatum = new LocalDate(2015, 5, 21), Aantal = 11 },
            new Declaratieregel { Regelnummer = 3, ClientId = "B", Prestatiecode = "Z051", Begindatum = new LocalDate(2015, 5, 22), Einddatum = new LocalDate(2015, 5, 31), Aantal = 10 },
        ],
    };
}
