namespace Wlz.Rules.Model;

/// <summary>
/// Everything the zorgkantoor holds about one cliënt: the unit of validation, of rejection and of evaluation.
/// </summary>
/// <remarks>
/// The lists are copied when set, so a dossier cannot change after construction; a <see langword="null"/> list is
/// read as empty. Validation (<see cref="Validatie.DossierValidator"/>) checks the contents; construction does not.
/// </remarks>
public sealed class Dossier
{
    private readonly Indicatie[] _indicaties = [];
    private readonly Zorgtoewijzing[] _zorgtoewijzingen = [];
    private readonly Maz[] _mazen = [];
    private readonly Mutatie[] _mutaties = [];
    private readonly Aat[] _aats = [];

    /// <summary>Gets the cliënt.</summary>
    public required Client Client { get; init; }

    /// <summary>Gets the indicaties of the cliënt.</summary>
    public IReadOnlyList<Indicatie> Indicaties { get => _indicaties; init => _indicaties = Kopie(value); }

    /// <summary>Gets the zorgtoewijzingen (AW33) of the cliënt.</summary>
    public IReadOnlyList<Zorgtoewijzing> Zorgtoewijzingen { get => _zorgtoewijzingen; init => _zorgtoewijzingen = Kopie(value); }

    /// <summary>Gets the meldingen aanvang zorg (AW35).</summary>
    public IReadOnlyList<Maz> Mazen { get => _mazen; init => _mazen = Kopie(value); }

    /// <summary>Gets the mutaties: MUT and MEZ (AW39).</summary>
    public IReadOnlyList<Mutatie> Mutaties { get => _mutaties; init => _mutaties = Kopie(value); }

    /// <summary>Gets the aanvragen aangepaste zorgtoewijzing (AAT, AW39).</summary>
    public IReadOnlyList<Aat> Aats { get => _aats; init => _aats = Kopie(value); }

    /// <summary>Gets the key of the dossier safe to print in messages and logs: the masked client key.</summary>
    public string GemaskeerdeSleutel => Client is null ? "<zonder client>" : Client.GemaskeerdeSleutel;

    /// <summary>Gets the number of facts in the dossier, the cliënt included.</summary>
    public int AantalFeiten => 1 + _indicaties.Length + _zorgtoewijzingen.Length + _mazen.Length + _mutaties.Length + _aats.Length;

    /// <summary>Enumerates every fact of the dossier — the cliënt, then indicaties, zorgtoewijzingen, MAZen, mutaties and AATs — for insertion into a rule session.</summary>
    /// <returns>The facts, in a stable order.</returns>
    public IEnumerable<object> Feiten()
    {
        yield return Client;
        foreach (var feit in _indicaties)
        {
            yield return feit;
        }

        foreach (var feit in _zorgtoewijzingen)
        {
            yield return feit;
        }

        foreach (var feit in _mazen)
        {
            yield return feit;
        }

        foreach (var feit in _mutaties)
        {
            yield return feit;
        }

        foreach (var feit in _aats)
        {
            yield return feit;
        }
    }

    /// <summary>Returns the masked key of the dossier.</summary>
    /// <returns>A description that never contains a full BSN.</returns>
    public override string ToString() => $"Dossier {GemaskeerdeSleutel}";

    // Arrays, so that enumerating the facts of a dossier allocates no enumerators.
    private static T[] Kopie<T>(IReadOnlyList<T>? value) => value is null ? [] : [.. value];
}
