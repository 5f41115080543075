using Wlz.Rules.Model;
using Wlz.Rules.Model.Kamers;

namespace Wlz.Rules.Validatie;

/// <summary>
/// The fact a failure is about: a fixed name (<c>Client</c>, <c>Vertrek</c>) or the fact itself, described only when a
/// failure is reported (<c>MAZ op toewijzing 'T1' met begindatum 2024-01-10</c>), so that a valid fact costs no text.
/// </summary>
internal readonly struct Feitnaam
{
    private readonly object _bron;

    private Feitnaam(object bron) => _bron = bron;

    public static implicit operator Feitnaam(string naam) => new(naam);

    internal static Feitnaam Van(Indicatie indicatie) => new(indicatie);

    internal static Feitnaam Van(Zorgtoewijzing toewijzing) => new(toewijzing);

    internal static Feitnaam Van(Maz maz) => new(maz);

    internal static Feitnaam Van(Mutatie mutatie) => new(mutatie);

    internal static Feitnaam Van(Aat aat) => new(aat);

    internal static Feitnaam Van(Declaratieregel regel) => new(regel);

    /// <summary>Returns the description of the fact, as it appears in messages and <see cref="Validatiefout.Feit"/>.</summary>
    public override string ToString() => _bron switch
    {
        string naam => naam,
        Indicatie indicatie => IndicatieValidator.Feit(indicatie),
        Zorgtoewijzing toewijzing => ZorgtoewijzingValidator.Feit(toewijzing),
        Maz maz => MazValidator.Feit(maz),
        Mutatie mutatie => MutatieValidator.Feit(mutatie),
        Aat aat => AatValidator.Feit(aat),
        Declaratieregel regel => $"Declaratieregel {regel.Regelnummer}",
        _ => string.Empty,
    };
}
