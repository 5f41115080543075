using Microsoft.Data.Sqlite;
using Wlz.Rules.Signalering.Export;

namespace Wlz.Rules.Historie;

/// <summary>
/// Inserts the entries of one run with one prepared command whose parameters are reused, so that saving a million
/// entries read from a spool file keeps only the current entry in memory.
/// </summary>
internal sealed class Regelschrijver : IDisposable
{
    // The occurrence number is counted in the database, on the unique index, rather than in a dictionary per list:
    // a list may hold a million entries, and the count stays exact however the entries are ordered.
    private const string Invoegen = """
        INSERT INTO regels (run, lijst, zorgaanbieder, koppelsleutel, volgnummer, client, onderwerp, regel, velden, veldenhash, uitleg, voorbeeldwaarde)
        VALUES ($run, $lijst, $zorgaanbieder, $koppelsleutel,
                (SELECT count(*) FROM regels
                 WHERE run = $run AND lijst = $lijst AND zorgaanbieder IS $zorgaanbieder AND koppelsleutel = $koppelsleutel),
                $client, $onderwerp, $regel, $velden, $veldenhash, $uitleg, $voorbeeldwaarde);
        """;

    private readonly SqliteCommand _commando;
    private readonly Veldcodering _velden = new();
    private readonly SqliteParameter _lijst;
    private readonly SqliteParameter _zorgaanbieder;
    private readonly SqliteParameter _koppelsleutel;
    private readonly SqliteParameter _client;
    private readonly SqliteParameter _onderwerp;
    private readonly SqliteParameter _regel;
    private readonly SqliteParameter _veldtekst;
    private readonly SqliteParameter _veldenhash;
    private readonly SqliteParameter _uitleg;
    private readonly SqliteParameter _voorbeeldwaarde;

    /// <summary>Initializes a new instance of the <see cref="Regelschrijver"/> class and prepares its command.</summary>
    /// <param name="verbinding">The open connection.</param>
    /// <param name="transactie">The save's transaction.</param>
    /// <param name="run">The id of the run the entries belong to.</param>
    internal Regelschrijver(SqliteConnection verbinding, SqliteTransaction transactie, long run)
    {
        _commando = verbinding.CreateCommand();
        _commando.Transaction = transactie;
        _commando.CommandText = Invoegen;
        _commando.Parameters.Add(new SqliteParameter("$run", SqliteType.Integer) { Value = run });
        _lijst = Parameter("$lijst", SqliteType.Text);
        _zorgaanbieder = Parameter("$zorgaanbieder", SqliteType.Text);
        _koppelsleutel = Parameter("$koppelsleutel", SqliteType.Text);
        _client = Parameter("$client", SqliteType.Text);
        _onderwerp = Parameter("$onderwerp", SqliteType.Text);
        _regel = Parameter("$regel", SqliteType.Text);
        _veldtekst = Parameter("$velden", SqliteType.Text);
        _veldenhash = Parameter("$veldenhash", SqliteType.Integer);
        _uitleg = Parameter("$uitleg", SqliteType.Text);
        _voorbeeldwaarde = Parameter("$voorbeeldwaarde", SqliteType.Integer);
        _commando.Prepare();
    }

    /// <summary>Inserts one entry of a list.</summary>
    /// <param name="lijst">The list the entry is on.</param>
    /// <param name="regel">The entry.</param>
    internal void Write(RapportbestandLijst lijst, RapportbestandRegel regel)
    {
        _lijst.Value = lijst.Code;
        _zorgaanbieder.Value = (object?)lijst.Zorgaanbieder ?? DBNull.Value;
        _koppelsleutel.Value = regel.Koppelsleutel;
        _client.Value = regel.ClientId;
        _onderwerp.Value = (object?)regel.Onderwerp ?? DBNull.Value;
        _regel.Value = regel.Regel;
        _veldtekst.Value = _velden.Encode(regel.Velden, out var hash);
        _veldenhash.Value = hash;
        _uitleg.Value = regel.Uitleg;
        _voorbeeldwaarde.Value = regel.GebruiktVoorbeeldwaarde ? 1L : 0L;
        _commando.ExecuteNonQuery();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _commando.Dispose();
        _velden.Dispose();
    }

    private SqliteParameter Parameter(string naam, SqliteType type)
    {
        var parameter = new SqliteParameter(naam, type);
        _commando.Parameters.Add(parameter);
        return parameter;
    }
}
