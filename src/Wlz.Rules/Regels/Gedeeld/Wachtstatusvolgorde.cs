using Wlz.Rules.Model;

namespace Wlz.Rules.Regels.Gedeeld;

/// <summary>Orders wachtstatus mutaties so that "the latest" is well defined, also for two on the same mutatiedatum.</summary>
public static class Wachtstatusvolgorde
{
    /// <summary>
    /// Gets whether <paramref name="kandidaat"/> comes after <paramref name="huidige"/>: a later mutatiedatum, or on the
    /// same mutatiedatum a higher leveringsstatus code, then a higher classificatie code, then a higher mutatiecode, then
    /// a later begindatum (none first). The tie-break is arbitrary but fixed, so the result does not depend on the order
    /// of the facts, and of two mutaties that differ in any of these values exactly one is the later.
    /// </summary>
    /// <remarks>
    /// The last two keys only separate mutaties with the same mutatiedatum, leveringsstatus and classificatie, which give
    /// the same <see cref="ActueleWachtstatus"/>: they make <see cref="BepaalActueleWachtstatus"/> derive it once instead of
    /// twice (NRules cannot hold two equal facts).
    /// </remarks>
    /// <param name="kandidaat">The mutatie that may be later.</param>
    /// <param name="huidige">The mutatie it is compared with.</param>
    /// <returns><see langword="true"/> when <paramref name="kandidaat"/> is later.</returns>
    public static bool IsLater(Mutatie kandidaat, Mutatie huidige)
    {
        ArgumentNullException.ThrowIfNull(kandidaat);
        ArgumentNullException.ThrowIfNull(huidige);
        if (kandidaat.Mutatiedatum != huidige.Mutatiedatum)
        {
            return kandidaat.Mutatiedatum > huidige.Mutatiedatum;
        }

        var status = (int)(kandidaat.Leveringsstatus ?? 0) - (int)(huidige.Leveringsstatus ?? 0);
        if (status != 0)
        {
            return status > 0;
        }

        var classificatie = (int)(kandidaat.Classificatie ?? 0) - (int)(huidige.Classificatie ?? 0);
        if (classificatie != 0)
        {
            return classificatie > 0;
        }

        if (kandidaat.Mutatiecode != huidige.Mutatiecode)
        {
            return kandidaat.Mutatiecode > huidige.Mutatiecode;
        }

        return kandidaat.Begindatum is { } begin && (huidige.Begindatum is not { } andere || begin > andere);
    }
}
