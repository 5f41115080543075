using Wlz.Rules.Model;

namespace Wlz.Rules.Validatie;

/// <summary>
/// Finds a toewijzing of the dossier by id (the first one with that id, WLZ-V017) and reports duplicate ids (WLZ-V018).
/// </summary>
/// <remarks>
/// A dossier holds one or two toewijzingen, so a linear scan beats building a dictionary per dossier; the dictionary
/// is only built above <see cref="MaxLineair"/>, so that a hostile dossier with thousands of them stays linear in time.
/// </remarks>
internal readonly struct Toewijzingsindex
{
    /// <summary>The most toewijzingen searched by a linear scan.</summary>
    internal const int MaxLineair = 8;

    private readonly IReadOnlyList<Zorgtoewijzing> _toewijzingen;
    private readonly Dictionary<string, Zorgtoewijzing>? _perId;

    private Toewijzingsindex(IReadOnlyList<Zorgtoewijzing> toewijzingen, Dictionary<string, Zorgtoewijzing>? perId)
    {
        _toewijzingen = toewijzingen;
        _perId = perId;
    }

    /// <summary>Indexes the toewijzingen and reports every one whose id an earlier toewijzing already has.</summary>
    internal static Toewijzingsindex Maak(in Melder melder, IReadOnlyList<Zorgtoewijzing> toewijzingen)
    {
        var perId = toewijzingen.Count > MaxLineair ? new Dictionary<string, Zorgtoewijzing>(toewijzingen.Count, StringComparer.Ordinal) : null;
        for (var i = 0; i < toewijzingen.Count; i++)
        {
            if (toewijzingen[i] is not { Id: { Length: > 0 } id } toewijzing)
            {
                continue;
            }

            var dubbel = perId is null ? EersteMet(toewijzingen, id, i) is not null : !perId.TryAdd(id, toewijzing);
            if (dubbel)
            {
                melder.Voor(nameof(Dossier.Zorgtoewijzingen), i).Fout(
                    Foutcodes.DubbeleToewijzingId,
                    Feitnaam.Van(toewijzing),
                    "Id",
                    "another zorgtoewijzing of the dossier has the same id.");
            }
        }

        return new Toewijzingsindex(toewijzingen, perId);
    }

    /// <summary>Returns the toewijzing with id <paramref name="toewijzingId"/>, or reports WLZ-V017 when there is none; <see langword="null"/> for an empty id, which the fact validators report.</summary>
    internal Zorgtoewijzing? Zoek(in Melder melder, Feitnaam feit, string? toewijzingId)
    {
        if (string.IsNullOrEmpty(toewijzingId))
        {
            return null;
        }

        var toewijzing = _perId is null
            ? EersteMet(_toewijzingen, toewijzingId, _toewijzingen.Count)
            : _perId.GetValueOrDefault(toewijzingId);
        if (toewijzing is null)
        {
            melder.Fout(Foutcodes.OnbekendeToewijzing, feit, "ToewijzingId", $"the dossier has no zorgtoewijzing with id '{Controles.Masker(toewijzingId)}'.");
        }

        return toewijzing;
    }

    /// <summary>Returns the first of the first <paramref name="aantal"/> toewijzingen with id <paramref name="id"/>, as the dictionary would keep it.</summary>
    private static Zorgtoewijzing? EersteMet(IReadOnlyList<Zorgtoewijzing> toewijzingen, string id, int aantal)
    {
        for (var j = 0; j < aantal; j++)
        {
            if (toewijzingen[j] is { } kandidaat && string.Equals(kandidaat.Id, id, StringComparison.Ordinal))
            {
                return kandidaat;
            }
        }

        return null;
    }
}
