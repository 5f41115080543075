using NodaTime;
using Wlz.Rules.Model;

namespace Wlz.Rules.Testing;

/// <summary>
/// Builds a <see cref="Mutatie"/> (AW39: a MUT with a wachtstatus, or a MEZ); used through <see cref="DossierBuilder.MetMutatie"/>.
/// </summary>
/// <remarks>
/// <para>Immutable: every method returns a new builder. Unset fields follow from the set ones, so that the result is a valid combination:</para>
/// <list type="bullet">
/// <item>mutatiecode: 18 for leveringsstatus 6, 7 or 2; 12 for 3 (20 when the toewijzing is not Regulier); 19 for 5; otherwise 18;</item>
/// <item>leveringsstatus: 3 for code 12; 7 for 18 and 20; 5 for 17, 19 and 21;</item>
/// <item>classificatie: only for a wachtstatus: 01 with 6, 12 with 7, 19 with 2 and 3;</item>
/// <item>begindatum: only for an einde zorg (17, 19, 20): the begindatum of the last MAZ on the toewijzing that was not withdrawn, else its ingangsdatum;</item>
/// <item>mutatiedatum: for an einde zorg the peildatum (but not after the einddatum of the toewijzing, nor before the begindatum);
/// otherwise the ontvangstdatum of the toewijzing (but not after its einddatum).</item>
/// </list>
/// </remarks>
public sealed class MutatieBuilder
{
    private string? _toewijzingId;
    private Mutatiecode? _mutatiecode;
    private LocalDate? _mutatiedatum;
    private bool _begindatumGegeven;
    private LocalDate? _begindatum;
    private bool _leveringsstatusGegeven;
    private Leveringsstatus? _leveringsstatus;
    private bool _classificatieGegeven;
    private Classificatie? _classificatie;
    private StatusAanlevering _statusAanlevering = StatusAanlevering.EersteAanlevering;

    internal MutatieBuilder()
    {
    }

    internal string? GekozenToewijzingId => _toewijzingId;

    /// <summary>Returns a builder for a mutatie on the toewijzing with the given id instead of the last added one.</summary>
    /// <param name="toewijzingId">The id (it need not exist, so a test can build a dangling reference).</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="toewijzingId"/> is <see langword="null"/>.</exception>
    public MutatieBuilder OpToewijzing(string toewijzingId)
    {
        ArgumentNullException.ThrowIfNull(toewijzingId);
        return Kopie(b => b._toewijzingId = toewijzingId);
    }

    /// <summary>Returns a builder with the given mutatiecode.</summary>
    /// <param name="mutatiecode">The mutatiecode.</param>
    /// <returns>A new builder.</returns>
    public MutatieBuilder Code(Mutatiecode mutatiecode) => Kopie(b => b._mutatiecode = mutatiecode);

    /// <summary>Returns a builder with the given leveringsstatus (and the default classificatie for it, unless one is set).</summary>
    /// <param name="leveringsstatus">The leveringsstatus, or <see langword="null"/> for none (invalid).</param>
    /// <returns>A new builder.</returns>
    public MutatieBuilder Status(Leveringsstatus? leveringsstatus) =>
        Kopie(b => (b._leveringsstatus, b._leveringsstatusGegeven) = (leveringsstatus, true));

    /// <summary>Returns a builder with the given wachtstatus and classificatie.</summary>
    /// <param name="leveringsstatus">The leveringsstatus.</param>
    /// <param name="classificatie">The classificatie, or <see langword="null"/> for none.</param>
    /// <returns>A new builder.</returns>
    public MutatieBuilder Status(Leveringsstatus leveringsstatus, Classificatie? classificatie) =>
        Status(leveringsstatus).Classificatie(classificatie);

    /// <summary>Returns a builder with the given classificatie.</summary>
    /// <param name="classificatie">The classificatie, or <see langword="null"/> for none.</param>
    /// <returns>A new builder.</returns>
    public MutatieBuilder Classificatie(Classificatie? classificatie) =>
        Kopie(b => (b._classificatie, b._classificatieGegeven) = (classificatie, true));

    /// <summary>Returns a builder with the given mutatiedatum.</summary>
    /// <param name="mutatiedatum">The date the mutatie took effect.</param>
    /// <returns>A new builder.</returns>
    public MutatieBuilder Datum(LocalDate mutatiedatum) => Kopie(b => b._mutatiedatum = mutatiedatum);

    /// <summary>Returns a builder with the given mutatiedatum.</summary>
    /// <param name="jaar">The year.</param>
    /// <param name="maand">The month (1–12).</param>
    /// <param name="dag">The day of the month.</param>
    /// <returns>A new builder.</returns>
    public MutatieBuilder Datum(int jaar, int maand, int dag) => Datum(new LocalDate(jaar, maand, dag));

    /// <summary>Returns a builder with the given begindatum (the begindatum of the care that ends).</summary>
    /// <param name="begindatum">The begindatum, or <see langword="null"/> for none.</param>
    /// <returns>A new builder.</returns>
    public MutatieBuilder Begin(LocalDate? begindatum) => Kopie(b => (b._begindatum, b._begindatumGegeven) = (begindatum, true));

    /// <summary>Returns a builder with the given begindatum (the begindatum of the care that ends).</summary>
    /// <param name="jaar">The year.</param>
    /// <param name="maand">The month (1–12).</param>
    /// <param name="dag">The day of the month.</param>
    /// <returns>A new builder.</returns>
    public MutatieBuilder Begin(int jaar, int maand, int dag) => Begin(new LocalDate(jaar, maand, dag));

    /// <summary>Returns a builder for a mutatie the zorgaanbieder withdrew (status aanlevering verwijderen); a withdrawn MEZ is a "MUT einde zorg ingetrokken".</summary>
    /// <returns>A new builder.</returns>
    public MutatieBuilder Verwijderd() => Kopie(b => b._statusAanlevering = StatusAanlevering.Verwijderd);

    internal Mutatie Bouw(string toewijzingId, Zorgtoewijzing? toewijzing, IReadOnlyList<Maz> mazen, LocalDate peildatum)
    {
        var mutatiecode = _mutatiecode ?? StandaardCode(_leveringsstatusGegeven ? _leveringsstatus : null, toewijzing);
        var leveringsstatus = _leveringsstatusGegeven ? _leveringsstatus : StandaardStatus(mutatiecode);
        var classificatie = _classificatieGegeven ? _classificatie : StandaardClassificatie(leveringsstatus);
        var eindeZorg = IwlzCodelijsten.IsEindeZorg(mutatiecode);
        var begindatum = _begindatumGegeven ? _begindatum : eindeZorg ? StandaardBegindatum(toewijzingId, toewijzing, mazen, peildatum) : null;
        var mutatiedatum = _mutatiedatum ?? StandaardMutatiedatum(eindeZorg, begindatum, toewijzing, peildatum);
        return new Mutatie
        {
            ToewijzingId = toewijzingId,
            Mutatiecode = mutatiecode,
            Mutatiedatum = mutatiedatum,
            Begindatum = begindatum,
            Leveringsstatus = leveringsstatus,
            Classificatie = classificatie,
            StatusAanlevering = _statusAanlevering,
        };
    }

    private static Mutatiecode StandaardCode(Leveringsstatus? leveringsstatus, Zorgtoewijzing? toewijzing) => leveringsstatus switch
    {
        Leveringsstatus.WachtUitVoorzorg when toewijzing is null || toewijzing.Soort == SoortToewijzing.Regulier => Mutatiecode.ClientWilZorgNogNiet,
        Leveringsstatus.WachtUitVoorzorg => Mutatiecode.LeveringBeeindigdToewijzingAanhouden,
        Leveringsstatus.EindeZorgvraag => Mutatiecode.LeveringBeeindigdToewijzingSluiten,
        _ => Mutatiecode.AanbiederKanZorgNogNietLeveren,
    };

    private static Leveringsstatus StandaardStatus(Mutatiecode mutatiecode) => mutatiecode switch
    {
        Mutatiecode.ClientWilZorgNogNiet => Leveringsstatus.WachtUitVoorzorg,
        Mutatiecode.AanbiederKanZorgNogNietLeveren or Mutatiecode.LeveringBeeindigdToewijzingAanhouden => Leveringsstatus.ActiefPlaatsen,
        _ => Leveringsstatus.EindeZorgvraag,
    };

    private static Classificatie? StandaardClassificatie(Leveringsstatus? leveringsstatus) => leveringsstatus switch
    {
        Leveringsstatus.UrgentPlaatsen => Model.Classificatie.GeenPassendCrisisbedBeschikbaar,
        Leveringsstatus.ActiefPlaatsen => Model.Classificatie.VoorkeuraanbiederLeidend,
        Leveringsstatus.WachtOpVoorkeur or Leveringsstatus.WachtUitVoorzorg => Model.Classificatie.GeenAanvullendeWensen,
        _ => null,
    };

    private static LocalDate StandaardBegindatum(string toewijzingId, Zorgtoewijzing? toewijzing, IReadOnlyList<Maz> mazen, LocalDate peildatum)
    {
        for (var i = mazen.Count - 1; i >= 0; i--)
        {
            if (!mazen[i].IsVerwijderd && string.Equals(mazen[i].ToewijzingId, toewijzingId, StringComparison.Ordinal))
            {
                return mazen[i].Begindatum;
            }
        }

        return toewijzing?.Ingangsdatum ?? peildatum;
    }

    private static LocalDate StandaardMutatiedatum(bool eindeZorg, LocalDate? begindatum, Zorgtoewijzing? toewijzing, LocalDate peildatum)
    {
        var datum = eindeZorg ? peildatum : toewijzing?.EffectieveOntvangstdatum ?? peildatum;
        if (toewijzing?.Einddatum is { } einde && einde < datum)
        {
            datum = einde;
        }

        return begindatum is { } begin && begin > datum ? begin : datum;
    }

    private MutatieBuilder Kopie(Action<MutatieBuilder> wijzig)
    {
        var kopie = (MutatieBuilder)MemberwiseClone();
        wijzig(kopie);
        return kopie;
    }
}
