using NodaTime;
using Wlz.Rules.Model;
using Wlz.Rules.Parameters;

namespace Wlz.Rules.Testing;

/// <summary>The shared, read-only part of the generated rooms: the V&amp;V zorgaanbieders and the standard maxima on the peildatum.</summary>
/// <remarks>Made on first use, so a generator used only for cliënt dossiers does not pay for it.</remarks>
internal sealed class Kamermodel
{
    /// <summary>The seed domain of rooms (after <see cref="Populatiemodel"/>'s dossier, zorgaanbieder and BSN domains).</summary>
    internal const int DomeinKamer = 4;

    internal Kamermodel(Populatiemodel model)
    {
        Model = model;

        // Mutatiedagen exist only in the V&V; zorgaanbieder 0 is always V&V, so the list is never empty.
        VvAanbieders = [.. Enumerable.Range(0, model.Zorgaanbieders.Length).Where(i => model.Zorgaanbieders[i].ToegelatenSectoren.Contains(Sector.Vv))];

        // The rooms are made against the standard parameters, so "correct" means correct for an engine with the defaults.
        var parameters = WlzParameters.Standaard.OpPeildatum(model.Peildatum);
        MaxMutatiedagen = parameters.MaxMutatiedagen;
        MaxSleuteldatumDagenVoorBegindatum = parameters.MaxSleuteldatumDagenVoorBegindatum;
    }

    internal Populatiemodel Model { get; }

    internal LocalDate Peildatum => Model.Peildatum;

    /// <summary>Gets the indexes of the zorgaanbieders toegelaten for V&amp;V, in index order.</summary>
    internal int[] VvAanbieders { get; }

    internal int MaxMutatiedagen { get; }

    internal int MaxSleuteldatumDagenVoorBegindatum { get; }
}
