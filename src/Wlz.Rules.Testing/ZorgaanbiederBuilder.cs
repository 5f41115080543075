using System.Collections.Immutable;
using Wlz.Rules.Model;

namespace Wlz.Rules.Testing;

/// <summary>Builds a <see cref="Zorgaanbieder"/>; start with <see cref="Zorgaanbieders.AZorgaanbieder()"/>.</summary>
/// <remarks>
/// Immutable: every method returns a new builder. Defaults: AGB code <see cref="Dossiers.StandaardAgbCode"/>, name
/// "Zorgaanbieder" with the AGB code, contracted for all V&amp;V zorgprofielen (1VV–10VV), toegelaten for the sectors of
/// its contracted zorgprofielen (plus any added with <see cref="Sector"/>), not toegelaten voor behandeling.
/// </remarks>
public sealed class ZorgaanbiederBuilder
{
    private static readonly ImmutableArray<Zorgprofiel> StandaardContract =
        [.. Enumerable.Range(750, 10).Select(Zorgprofielen.Geef)];

    private AgbCode _agbCode = Dossiers.StandaardAgbCode;
    private string? _naam;
    private ImmutableHashSet<Sector> _sectoren = [];
    private ImmutableArray<Zorgprofiel>? _gecontracteerd;
    private bool _behandeling;

    internal ZorgaanbiederBuilder()
    {
    }

    /// <summary>Returns a builder with the given AGB code.</summary>
    /// <param name="agbCode">The iWlz-AGB-code (not checked here).</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="agbCode"/> is <see langword="null"/>.</exception>
    public ZorgaanbiederBuilder Agb(string agbCode)
    {
        ArgumentNullException.ThrowIfNull(agbCode);
        var code = new AgbCode(agbCode);
        return Kopie(b => b._agbCode = code);
    }

    /// <summary>Returns a builder with the given AGB code.</summary>
    /// <param name="agbCode">The iWlz-AGB-code.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="agbCode"/> is <see langword="null"/>.</exception>
    public ZorgaanbiederBuilder Agb(AgbCode agbCode)
    {
        ArgumentNullException.ThrowIfNull(agbCode);
        return Kopie(b => b._agbCode = agbCode);
    }

    /// <summary>Returns a builder with the given name.</summary>
    /// <param name="naam">The name.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="naam"/> is <see langword="null"/>.</exception>
    public ZorgaanbiederBuilder Naam(string naam)
    {
        ArgumentNullException.ThrowIfNull(naam);
        return Kopie(b => b._naam = naam);
    }

    /// <summary>Returns a builder whose zorgaanbieder is also toegelaten for <paramref name="sector"/>.</summary>
    /// <param name="sector">A sector.</param>
    /// <returns>A new builder.</returns>
    public ZorgaanbiederBuilder Sector(Sector sector) => Kopie(b => b._sectoren = b._sectoren.Add(sector));

    /// <summary>Returns a builder whose zorgaanbieder is contracted for exactly the given zorgprofielen.</summary>
    /// <param name="weergaven">The display names, e.g. <c>"4VV", "5VV"</c>; none for a zorgaanbieder without productafspraken.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="weergaven"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when a display name is not a zorgprofiel.</exception>
    public ZorgaanbiederBuilder Gecontracteerd(params string[] weergaven)
    {
        ArgumentNullException.ThrowIfNull(weergaven);
        var profielen = weergaven.Select(Bouwhulp.Zorgprofiel).ToImmutableArray();
        return Kopie(b => b._gecontracteerd = profielen);
    }

    /// <summary>Returns a builder whose zorgaanbieder is contracted for exactly the given zorgprofielen.</summary>
    /// <param name="zorgprofielen">The zorgprofielen.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="zorgprofielen"/> or one of its items is <see langword="null"/>.</exception>
    public ZorgaanbiederBuilder Gecontracteerd(IEnumerable<Zorgprofiel> zorgprofielen)
    {
        ArgumentNullException.ThrowIfNull(zorgprofielen);
        var profielen = zorgprofielen.ToImmutableArray();
        foreach (var profiel in profielen)
        {
            ArgumentNullException.ThrowIfNull(profiel, nameof(zorgprofielen));
        }

        return Kopie(b => b._gecontracteerd = profielen);
    }

    /// <summary>Returns a builder whose zorgaanbieder is (or is not) toegelaten voor behandeling.</summary>
    /// <param name="toegelaten">Whether the zorgaanbieder is toegelaten voor behandeling.</param>
    /// <returns>A new builder.</returns>
    public ZorgaanbiederBuilder Behandeling(bool toegelaten = true) => Kopie(b => b._behandeling = toegelaten);

    /// <summary>Builds the zorgaanbieder.</summary>
    /// <returns>The zorgaanbieder.</returns>
    public Zorgaanbieder Build()
    {
        var gecontracteerd = _gecontracteerd ?? StandaardContract;
        return new Zorgaanbieder
        {
            AgbCode = _agbCode,
            Naam = _naam ?? $"Zorgaanbieder {_agbCode.Waarde}",
            ToegelatenSectoren = _sectoren.Union(gecontracteerd.Select(z => z.Sector)),
            ToegelatenVoorBehandeling = _behandeling,
            GecontracteerdeZorgprofielen = gecontracteerd.ToHashSet(),
        };
    }

    private ZorgaanbiederBuilder Kopie(Action<ZorgaanbiederBuilder> wijzig)
    {
        var kopie = (ZorgaanbiederBuilder)MemberwiseClone();
        wijzig(kopie);
        return kopie;
    }
}
