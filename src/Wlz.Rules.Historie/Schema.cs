using Microsoft.Data.Sqlite;

namespace Wlz.Rules.Historie;

/// <summary>
/// The database schema as an ordered list of migration steps: step <c>n</c> brings a database from version <c>n</c>
/// to <c>n + 1</c>, and <c>PRAGMA user_version</c> records how many steps a file has had.
/// </summary>
/// <remarks>
/// A step is never edited once released: a file made by an earlier version has run it as it was. A change of the
/// layout is a new step at the end. The tables are described in the package README.
/// </remarks>
internal static class Schema
{
    /// <summary>The migration steps, in order.</summary>
    internal static IReadOnlyList<string> Stappen { get; } =
    [
        // 1: runs, their lists and entries, the settings (the secret), and the index the diff needs.
        """
        CREATE TABLE runs (
            id             INTEGER PRIMARY KEY,
            peildatum      TEXT    NOT NULL,
            regelsetversie TEXT    NOT NULL,
            identificatie  TEXT    NOT NULL,
            koppeling      TEXT    NOT NULL,
            tijdstip       TEXT    NOT NULL,
            ingelezen      INTEGER NOT NULL,
            geevalueerd    INTEGER NOT NULL,
            afgewezen      INTEGER NOT NULL,
            signalen       INTEGER NOT NULL,
            regels         INTEGER NOT NULL
        );

        CREATE TABLE lijsten (
            run             INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
            positie         INTEGER NOT NULL,
            code            TEXT    NOT NULL,
            zorgaanbieder   TEXT,
            titel           TEXT    NOT NULL,
            cadans          TEXT    NOT NULL,
            gevraagde_actie TEXT    NOT NULL,
            regels          INTEGER NOT NULL,
            PRIMARY KEY (run, positie)
        ) WITHOUT ROWID;

        CREATE TABLE regels (
            id              INTEGER PRIMARY KEY,
            run             INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
            lijst           TEXT    NOT NULL,
            zorgaanbieder   TEXT,
            koppelsleutel   TEXT    NOT NULL,
            volgnummer      INTEGER NOT NULL,
            client          TEXT    NOT NULL,
            onderwerp       TEXT,
            regel           TEXT    NOT NULL,
            velden          TEXT    NOT NULL,
            veldenhash      INTEGER NOT NULL,
            uitleg          TEXT    NOT NULL,
            voorbeeldwaarde INTEGER NOT NULL
        );

        -- The pairing key of an entry, with its field hash so that the diff reads this index and nothing else. Not
        -- UNIQUE: volgnummer makes the first five columns unique by construction, and a unique index would not hold
        -- for the zorgkantoor's lists anyway (NULL zorgaanbieder).
        CREATE INDEX regels_sleutel ON regels (run, lijst, zorgaanbieder, koppelsleutel, volgnummer, veldenhash);

        CREATE TABLE instellingen (
            naam   TEXT PRIMARY KEY,
            waarde BLOB NOT NULL
        ) WITHOUT ROWID;
        """,
    ];

    /// <summary>Gets the schema version this library writes: the number of steps.</summary>
    internal static int Versie => Stappen.Count;

    /// <summary>
    /// Brings the database up to <see cref="Versie"/> in one transaction, or refuses a database made by a newer library.
    /// </summary>
    /// <param name="verbinding">The open connection.</param>
    /// <param name="pad">The file, for the messages.</param>
    /// <returns>The number of steps run (0 when the database was up to date).</returns>
    /// <exception cref="HistorieversieException">Thrown when the database's version is newer than <see cref="Versie"/>.</exception>
    internal static int Migrate(SqliteConnection verbinding, string pad)
    {
        // Immediate, so that two jobs opening a new file at once cannot both run step 1.
        using var transactie = verbinding.BeginTransaction(deferred: false);
        var versie = ReadVersie(verbinding, transactie);
        if (versie > Versie)
        {
            throw new HistorieversieException(pad, versie, Versie);
        }

        for (var stap = versie; stap < Versie; stap++)
        {
            using var commando = verbinding.CreateCommand();
            commando.Transaction = transactie;
            commando.CommandText = Stappen[stap] + $"\nPRAGMA user_version = {stap + 1};";
            commando.ExecuteNonQuery();
        }

        transactie.Commit();
        return Versie - versie;
    }

    /// <summary>Reads <c>PRAGMA user_version</c>.</summary>
    /// <param name="verbinding">The open connection.</param>
    /// <param name="transactie">The transaction, or <see langword="null"/>.</param>
    /// <returns>The version.</returns>
    internal static int ReadVersie(SqliteConnection verbinding, SqliteTransaction? transactie = null)
    {
        using var commando = verbinding.CreateCommand();
        commando.Transaction = transactie;
        commando.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(commando.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
