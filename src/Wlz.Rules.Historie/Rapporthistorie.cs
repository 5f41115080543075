using Microsoft.Data.Sqlite;
using NodaTime;
using Wlz.Rules.Signalering.Diff;
using Wlz.Rules.Signalering.Export;

namespace Wlz.Rules.Historie;

/// <summary>
/// The weekly job's history: a SQLite file that holds every saved run with its lists and entries, computes the
/// difference between two runs in SQL, and keeps the secret of the pairing keys.
/// </summary>
/// <remarks>
/// <para>
/// The file's layout is versioned (<c>PRAGMA user_version</c>, see <see cref="Schemaversie"/>): <see cref="Open(string)"/>
/// creates it or brings an older file up to date, and refuses a file written by a newer version of this library.
/// The tables are described in the package README.
/// </para>
/// <para>
/// Once <see cref="GetOrCreateSecret"/> has been called, the file holds the secret of the pairing keys and
/// pseudonyms: whoever has the file can test a guessed BSN against them. Keep it as carefully as a file of BSNs.
/// Saved entries hold cliënten as the report identified them; a history of <see cref="Identificatiesoort.Bsn"/> reports
/// holds full BSNs.
/// </para>
/// <para>An instance is not thread-safe: use one per job, and dispose it to close the file.</para>
/// </remarks>
public sealed class Rapporthistorie : IDisposable
{
    private const string Geheimnaam = "koppelgeheim";

    private readonly SqliteConnection _verbinding;
    private readonly IClock _klok;
    private bool _disposed;

    private Rapporthistorie(SqliteConnection verbinding, IClock klok, string pad, int migraties)
    {
        _verbinding = verbinding;
        _klok = klok;
        Pad = pad;
        UitgevoerdeMigraties = migraties;
    }

    /// <summary>Gets the schema version this library reads and writes (the file's <c>PRAGMA user_version</c> once opened).</summary>
    public static int Schemaversie => Schema.Versie;

    /// <summary>Gets the path of the database file.</summary>
    public string Pad { get; }

    /// <summary>Gets the number of migration steps <see cref="Open(string, IClock)"/> ran (0 when the file was up to date).</summary>
    internal int UitgevoerdeMigraties { get; }

    /// <summary>Opens the history in <paramref name="pad"/>, creating the file and its tables when missing.</summary>
    /// <param name="pad">The database file; its folder must exist.</param>
    /// <returns>The open history; dispose it to close the file.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="pad"/> is <see langword="null"/> or blank.</exception>
    /// <exception cref="HistorieversieException">Thrown when the file was written by a newer version of this library.</exception>
    /// <exception cref="SqliteException">Thrown when the file cannot be opened or is not a SQLite database.</exception>
    public static Rapporthistorie Open(string pad) => Open(pad, SystemClock.Instance);

    /// <summary>Opens the history in <paramref name="pad"/> with the clock that stamps saved runs.</summary>
    /// <param name="pad">The database file; its folder must exist.</param>
    /// <param name="klok">The clock of <see cref="Historierun.Tijdstip"/>.</param>
    /// <returns>The open history; dispose it to close the file.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="pad"/> is <see langword="null"/> or blank.</exception>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="klok"/> is <see langword="null"/>.</exception>
    /// <exception cref="HistorieversieException">Thrown when the file was written by a newer version of this library.</exception>
    /// <exception cref="SqliteException">Thrown when the file cannot be opened or is not a SQLite database.</exception>
    public static Rapporthistorie Open(string pad, IClock klok)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pad);
        ArgumentNullException.ThrowIfNull(klok);
        var volledig = Path.GetFullPath(pad);
        var verbinding = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = volledig,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,

            // Without a pool, Dispose closes the file, so that it can be moved or deleted right after.
            Pooling = false,
        }.ToString());
        try
        {
            verbinding.Open();
            SetCache(verbinding);
            var migraties = Schema.Migrate(verbinding, volledig);
            return new Rapporthistorie(verbinding, klok, volledig, migraties);
        }
        catch
        {
            verbinding.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Saves a report as a new run: its header, lists and every entry, in one transaction (all or nothing).
    /// </summary>
    /// <param name="rapport">
    /// The exported report. The entries of each list are enumerated once, so a list read lazily from a spool file is
    /// saved in bounded memory.
    /// </param>
    /// <returns>The saved run.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="rapport"/> or one of its lists is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when the report holds the same list for the same zorgaanbieder twice (nothing is saved).</exception>
    /// <exception cref="ObjectDisposedException">Thrown when the history is disposed.</exception>
    public Historierun Save(Rapportbestand rapport)
    {
        ArgumentNullException.ThrowIfNull(rapport);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var tijdstip = _klok.GetCurrentInstant();
        using var transactie = _verbinding.BeginTransaction(deferred: false);
        var run = Runopslag.InsertRun(_verbinding, transactie, rapport, tijdstip);
        var gezien = new HashSet<(string, string?)>();
        var positie = 0;
        var totaal = 0L;
        using (var schrijver = new Regelschrijver(_verbinding, transactie, run))
        {
            foreach (var lijst in rapport.Lijsten)
            {
                ArgumentNullException.ThrowIfNull(lijst, nameof(rapport));
                if (!gezien.Add((lijst.Code, lijst.Zorgaanbieder)))
                {
                    throw new ArgumentException($"The report holds the list {lijst.Code} for {lijst.Zorgaanbieder ?? "the zorgkantoor"} twice.", nameof(rapport));
                }

                var regels = 0L;
                foreach (var regel in lijst.Regels)
                {
                    schrijver.Write(lijst, regel);
                    regels++;
                }

                Runopslag.InsertLijst(_verbinding, transactie, run, positie++, lijst, regels);
                totaal += regels;
            }
        }

        Runopslag.UpdateRegels(_verbinding, transactie, run, totaal);
        transactie.Commit();
        return Runopslag.ReadRun(_verbinding, run)!;
    }

    /// <summary>Reads the saved runs (their headers), in the order they were saved.</summary>
    /// <returns>The runs; empty for a new history.</returns>
    /// <exception cref="ObjectDisposedException">Thrown when the history is disposed.</exception>
    public IReadOnlyList<Historierun> ReadRuns()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return Runopslag.ReadRuns(_verbinding);
    }

    /// <summary>
    /// Compares the last saved run with the run saved before it: per list and zorgaanbieder the entries that are new,
    /// that left and that changed, the same difference as <see cref="Rapportverschil.Bereken(Rapportbestand, Rapportbestand)"/>
    /// gives for the two reports, computed in the database.
    /// </summary>
    /// <returns>The difference, or <see langword="null"/> when fewer than two runs have been saved (there is no previous run).</returns>
    /// <exception cref="InvalidOperationException">Thrown when the two runs were made with different secrets (<see cref="Historierun.Koppeling"/>): their entries cannot be paired.</exception>
    /// <exception cref="ObjectDisposedException">Thrown when the history is disposed.</exception>
    public Rapportverschil? CompareWithPrevious()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var laatste = Runopslag.ReadLaatsteRuns(_verbinding, 2);
        if (laatste.Count < 2)
        {
            return null;
        }

        var vorige = Runopslag.ReadRun(_verbinding, laatste[1])!;
        var huidige = Runopslag.ReadRun(_verbinding, laatste[0])!;
        if (!KunnenGepaard(vorige, huidige))
        {
            throw new InvalidOperationException(Ongepaard(vorige, huidige));
        }

        return Verschilberekening.Compare(_verbinding, vorige, huidige);
    }

    /// <summary>Compares two saved runs, as <see cref="CompareWithPrevious"/> does for the last two.</summary>
    /// <param name="vorigeRun">The id of the earlier run (<see cref="Historierun.Id"/>).</param>
    /// <param name="huidigeRun">The id of the later run.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="ArgumentException">
    /// Thrown when a run does not exist, or when the two runs were made with different secrets (<see cref="Historierun.Koppeling"/>):
    /// their entries cannot be paired.
    /// </exception>
    /// <exception cref="ObjectDisposedException">Thrown when the history is disposed.</exception>
    public Rapportverschil Compare(long vorigeRun, long huidigeRun)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var vorige = Runopslag.ReadRun(_verbinding, vorigeRun) ?? throw GeenRun(vorigeRun, nameof(vorigeRun));
        var huidige = Runopslag.ReadRun(_verbinding, huidigeRun) ?? throw GeenRun(huidigeRun, nameof(huidigeRun));
        if (!KunnenGepaard(vorige, huidige))
        {
            throw new ArgumentException(Ongepaard(vorige, huidige), nameof(vorigeRun));
        }

        return Verschilberekening.Compare(_verbinding, vorige, huidige);
    }

    /// <summary>
    /// Gets the secret for the pairing keys and pseudonyms kept in this history, creating it (with
    /// <see cref="Identificatie.NieuwGeheim"/>) on the first call: for a user who has no secret of their own, so that
    /// masked or pseudonymous exports made week after week with the same history pair exactly.
    /// </summary>
    /// <returns>A copy of the secret (32 bytes): pass it to <see cref="Identificatie.Gemaskeerd"/> or <see cref="Identificatie.Pseudoniem"/>.</returns>
    /// <remarks>
    /// From then on the file holds the secret: whoever has it can test a guessed BSN against the pseudonyms and pairing
    /// keys of every export made with it. Keep the file as carefully as a file of BSNs.
    /// </remarks>
    /// <exception cref="ObjectDisposedException">Thrown when the history is disposed.</exception>
    public byte[] GetOrCreateSecret()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);

        // Immediate, so that two jobs starting at once on a new file cannot each make a secret of their own.
        using var transactie = _verbinding.BeginTransaction(deferred: false);
        using var lees = _verbinding.CreateCommand();
        lees.Transaction = transactie;
        lees.CommandText = "SELECT waarde FROM instellingen WHERE naam = $naam;";
        lees.Parameters.AddWithValue("$naam", Geheimnaam);
        if (lees.ExecuteScalar() is byte[] bestaand)
        {
            return bestaand;
        }

        var geheim = Identificatie.NieuwGeheim();
        using var schrijf = _verbinding.CreateCommand();
        schrijf.Transaction = transactie;
        schrijf.CommandText = "INSERT INTO instellingen (naam, waarde) VALUES ($naam, $waarde);";
        schrijf.Parameters.AddWithValue("$naam", Geheimnaam);
        schrijf.Parameters.AddWithValue("$waarde", geheim);
        schrijf.ExecuteNonQuery();
        transactie.Commit();
        return [.. geheim];
    }

    /// <summary>Closes the file.</summary>
    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            _verbinding.Dispose();
        }
    }

    private static void SetCache(SqliteConnection verbinding)
    {
        // A page cache of 32 MiB instead of SQLite's 2 MiB keeps the index pages that a save and a diff walk in
        // memory: it is the bound on what the database uses, whatever the number of entries.
        using var commando = verbinding.CreateCommand();
        commando.CommandText = "PRAGMA cache_size = -32768;";
        commando.ExecuteNonQuery();
    }

    private static bool KunnenGepaard(Historierun vorige, Historierun huidige) =>
        string.Equals(vorige.Koppeling, huidige.Koppeling, StringComparison.Ordinal);

    private static string Ongepaard(Historierun vorige, Historierun huidige) =>
        $"Runs {vorige.Id} and {huidige.Id} were made with different secrets (koppeling {vorige.Koppeling} and {huidige.Koppeling}), so their entries cannot be paired: use the same secret every week (see Rapporthistorie.GetOrCreateSecret).";

    private ArgumentException GeenRun(long run, string parameter) => new($"The history '{Pad}' has no run with id {run}.", parameter);
}
