using System.Collections.Immutable;
using Wlz.Rules.Model;

namespace Wlz.Rules.Testing;

/// <summary>Builds a <see cref="Zorgaanbiederregister"/>; start with <see cref="Zorgaanbieders.ARegister()"/>.</summary>
/// <remarks>
/// Immutable: every method returns a new builder. A zorgaanbieder added without an AGB code gets
/// <see cref="Dossiers.StandaardAgbCode"/> when it is the first, and <see cref="Testnummers.AgbCode(int)"/> of its position otherwise,
/// so that the codes stay unique.
/// </remarks>
public sealed class ZorgaanbiederregisterBuilder
{
    private ImmutableList<Func<ZorgaanbiederBuilder, ZorgaanbiederBuilder>?> _zorgaanbieders = [];

    internal ZorgaanbiederregisterBuilder()
    {
    }

    /// <summary>Returns a builder with one more zorgaanbieder.</summary>
    /// <param name="configureer">Configures the zorgaanbieder, or <see langword="null"/> for the defaults.</param>
    /// <returns>A new builder.</returns>
    public ZorgaanbiederregisterBuilder MetZorgaanbieder(Func<ZorgaanbiederBuilder, ZorgaanbiederBuilder>? configureer = null)
    {
        var kopie = (ZorgaanbiederregisterBuilder)MemberwiseClone();
        kopie._zorgaanbieders = _zorgaanbieders.Add(configureer);
        return kopie;
    }

    /// <summary>Builds the register.</summary>
    /// <returns>The register, with the zorgaanbieders in the order they were added.</returns>
    /// <exception cref="ArgumentException">Thrown when two zorgaanbieders have the same AGB code.</exception>
    public Zorgaanbiederregister Build()
    {
        var zorgaanbieders = new List<Zorgaanbieder>(_zorgaanbieders.Count);
        for (var i = 0; i < _zorgaanbieders.Count; i++)
        {
            var basis = new ZorgaanbiederBuilder();
            if (i > 0)
            {
                basis = basis.Agb(Testnummers.AgbCode(i));
            }

            var builder = _zorgaanbieders[i] is { } configureer ? configureer(basis) : basis;
            zorgaanbieders.Add((builder ?? throw new InvalidOperationException("A zorgaanbieder configuration returned no builder.")).Build());
        }

        return new Zorgaanbiederregister(zorgaanbieders);
    }
}
