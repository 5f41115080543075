using System.Text.Json;
using NodaTime;
using Wlz.Rules.Engine;
using Wlz.Rules.Evaluatie;
using Wlz.Rules.Model;

namespace Wlz.Rules.Signalering.Export;

/// <summary>
/// Builds the exported report of a whole population from streamed results (<see cref="WlzRuleEngine.EvaluateStream"/>)
/// in bounded memory: each entry is rendered once, as the <see cref="Identificatie"/> says, and written to a temporary
/// spool file; only a small index per entry stays in memory.
/// </summary>
/// <remarks>
/// <para>
/// The report it returns (<see cref="Rapport"/>) reads its entries back from the spool when they are enumerated, so it
/// can be written (<see cref="RapportExport"/>), compared and stored for any number of cliënten while it lives. It is
/// valid until this object is disposed; disposing deletes the spool file.
/// </para>
/// <para>
/// Memory: about 60 bytes per entry for the index plus the cliënt keys and subjects it sorts on, and the rejections
/// (masked keys and failures only). Lists and entries come out in the same order as <see cref="Evaluatierapport.Lijsten"/>:
/// by list code and zorgaanbieder, then by full cliënt key, subject and rule id. Not thread-safe: add results from one thread.
/// </para>
/// </remarks>
public sealed class Rapportopbouw : IDisposable
{
    private static readonly JsonSerializerOptions SpoolOptions = new(RapportJson.Options) { WriteIndented = false };

    // Signals are rendered in batches on every core: composing explanations, hashing and serializing cost more than
    // evaluating, and the caller hands results over on one thread.
    private const int Batchgrootte = 4_096;
    private readonly List<Signaal> _wachtrij = new(Batchgrootte);
    private readonly byte[][] _gerenderd = new byte[Batchgrootte][];

    private readonly LocalDate _peildatum;
    private readonly Identificatie _identificatie;
    private readonly FileStream _spool;
    private readonly Dictionary<(string Code, string? Zorgaanbieder), Groep> _groepen = [];
    private readonly List<Spoolverwijzing> _verwijzingen = [];
    private readonly List<RapportbestandAfwijzing> _afwijzingen = [];
    private long _ingelezen;
    private Rapportbestand? _rapport;
    private bool _disposed;

    /// <summary>Initializes a new instance of the <see cref="Rapportopbouw"/> class.</summary>
    /// <param name="peildatum">The peildatum of the evaluation.</param>
    /// <param name="identificatie">How cliënten are identified in the report, and the secret of the pairing keys.</param>
    /// <param name="tijdelijkeMap">The folder of the spool file; the system's temporary folder when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="identificatie"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">Thrown when the spool file cannot be created.</exception>
    public Rapportopbouw(LocalDate peildatum, Identificatie identificatie, string? tijdelijkeMap = null)
    {
        ArgumentNullException.ThrowIfNull(identificatie);
        _peildatum = peildatum;
        _identificatie = identificatie;
        var pad = Path.Combine(tijdelijkeMap ?? Path.GetTempPath(), $"wlz-rapport-{Guid.NewGuid():N}.spool");
        _spool = new FileStream(pad, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
    }

    /// <summary>Gets the number of results added.</summary>
    public long Ingelezen => _ingelezen;

    /// <summary>Gets the number of entries added.</summary>
    public long Signalen => _verwijzingen.Count + _wachtrij.Count;

    /// <summary>Adds the outcome of one dossier: its signals as entries, or its rejection.</summary>
    /// <param name="resultaat">The result.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="resultaat"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">Thrown after <see cref="Rapport"/> was called.</exception>
    /// <exception cref="ObjectDisposedException">Thrown after disposal.</exception>
    public void Voegtoe(Dossierresultaat resultaat)
    {
        ArgumentNullException.ThrowIfNull(resultaat);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_rapport is not null)
        {
            throw new InvalidOperationException("The report was already made; add every result before calling Rapport().");
        }

        _ingelezen++;
        if (resultaat.Afwijzing is { } afwijzing)
        {
            _afwijzingen.Add(RapportbestandAfwijzing.Van(afwijzing));
        }

        foreach (var signaal in resultaat.Signalen)
        {
            _wachtrij.Add(signaal);
            if (_wachtrij.Count == Batchgrootte)
            {
                Verwerk();
            }
        }
    }

    /// <summary>Makes the report: sorts the index and returns lists that read their entries from the spool.</summary>
    /// <returns>The report; the same instance on every call. Valid until this object is disposed.</returns>
    /// <exception cref="ObjectDisposedException">Thrown after disposal.</exception>
    public Rapportbestand Rapport()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_rapport is not null)
        {
            return _rapport;
        }

        Verwerk();
        _spool.Flush();
        var groepen = _groepen.Values
            .OrderBy(g => g.Lijst.Code, StringComparer.Ordinal)
            .ThenBy(g => g.Zorgaanbieder, StringComparer.Ordinal)
            .ToArray();
        for (var i = 0; i < groepen.Length; i++)
        {
            groepen[i].Volgorde = i;
        }

        var verwijzingen = _verwijzingen.ToArray();
        _verwijzingen.Clear();
        _verwijzingen.TrimExcess();
        Array.Sort(verwijzingen, (x, y) => Vergelijk(x, y));
        var lijsten = new RapportbestandLijst[groepen.Length];
        var start = 0;
        foreach (var groep in groepen)
        {
            lijsten[groep.Volgorde] = new RapportbestandLijst
            {
                Code = groep.Lijst.Code,
                Titel = groep.Lijst.Titel,
                Cadans = groep.Lijst.Cadans,
                GevraagdeActie = groep.Lijst.GevraagdeActie,
                Zorgaanbieder = groep.Zorgaanbieder,
                Bronnen = [.. groep.Regels.Values.OrderBy(r => r.Id, StringComparer.Ordinal).Select(RapportbestandBron.Van)],
                Regels = Regels(verwijzingen, start, groep.Aantal),
            };
            start += groep.Aantal;
        }

        _rapport = new Rapportbestand
        {
            Identificatie = _identificatie.Soort,
            Koppeling = _identificatie.Koppeling,
            Regelsetversie = Rapportbestand.HuidigeRegelsetversie,
            Peildatum = _peildatum,
            Tellers = new RapportbestandTellers
            {
                Ingelezen = _ingelezen,
                Geevalueerd = _ingelezen - _afwijzingen.Count,
                Afgewezen = _afwijzingen.Count,
                Signalen = verwijzingen.Length,
            },
            Lijsten = lijsten,
            Afwijzingen = _afwijzingen,
        };
        return _rapport;

        int Vergelijk(in Spoolverwijzing x, in Spoolverwijzing y)
        {
            var orde = x.Groep.Volgorde.CompareTo(y.Groep.Volgorde);
            if (orde == 0)
            {
                orde = x.Client.CompareTo(y.Client);
            }

            if (orde == 0)
            {
                orde = string.CompareOrdinal(x.Onderwerp, y.Onderwerp);
            }

            return orde != 0 ? orde : string.CompareOrdinal(x.Regel, y.Regel);
        }
    }

    /// <summary>Deletes the spool file; the report's entries cannot be read afterwards.</summary>
    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            _spool.Dispose();
        }
    }

    private OpgeslagenRegels Regels(Spoolverwijzing[] verwijzingen, int start, int aantal) =>
        OpgeslagenRegels.InOpenBestand(_spool.SafeFileHandle, aantal, i => (verwijzingen[start + i].Positie, verwijzingen[start + i].Lengte), SpoolOptions);

    /// <summary>Renders the waiting signals in parallel, then writes them to the spool in arrival order.</summary>
    private void Verwerk()
    {
        var aantal = _wachtrij.Count;
        try
        {
            Parallel.For(0, aantal, i => _gerenderd[i] = JsonSerializer.SerializeToUtf8Bytes(RapportbestandRegel.Van(_wachtrij[i], _identificatie), SpoolOptions));
        }
        catch (AggregateException fout) when (fout.InnerExceptions.Count > 0)
        {
            // The caller sees the signal's own exception (e.g. one that cannot compose its explanation), as without batches.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(fout.InnerExceptions[0]);
        }
        for (var i = 0; i < aantal; i++)
        {
            Schrijf(_wachtrij[i], _gerenderd[i]);
            _gerenderd[i] = null!;
        }

        _wachtrij.Clear();
    }

    private void Schrijf(Signaal signaal, byte[] bytes)
    {
        var sleutel = (signaal.Lijst.Code, signaal.Zorgaanbieder);
        if (!_groepen.TryGetValue(sleutel, out var groep))
        {
            groep = new Groep(signaal.Lijst, signaal.Zorgaanbieder);
            _groepen.Add(sleutel, groep);
        }

        groep.Aantal++;
        groep.Regels.TryAdd(signaal.Regel.Id, signaal.Regel);
        var positie = _spool.Position;
        _spool.Write(bytes);
        _verwijzingen.Add(new Spoolverwijzing(groep, positie, bytes.Length, signaal.ClientId, signaal.Onderwerp, signaal.Regel.Id));
    }

    /// <summary>One (list, zorgaanbieder) being collected.</summary>
    private sealed class Groep(Lijstdefinitie lijst, string? zorgaanbieder)
    {
        public Lijstdefinitie Lijst { get; } = lijst;

        public string? Zorgaanbieder { get; } = zorgaanbieder;

        public Dictionary<string, RuleInfo> Regels { get; } = new(StringComparer.Ordinal);

        public int Aantal { get; set; }

        public int Volgorde { get; set; }
    }

    /// <summary>Where one entry lies in the spool, with the values it is sorted on.</summary>
    private readonly record struct Spoolverwijzing(Groep Groep, long Positie, int Lengte, Clientsleutel Client, string? Onderwerp, string Regel);
}
