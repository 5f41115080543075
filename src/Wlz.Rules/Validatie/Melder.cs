using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using NodaTime;
using NodaTime.Text;
using Wlz.Rules.Model;
using Wlz.Rules.Model.Kamers;

namespace Wlz.Rules.Validatie;

/// <summary>Adds failures with code, fact, field path and a message prefixed with the dossier.</summary>
/// <remarks>
/// Validating a valid dossier must cost (nearly) nothing, so the melder holds only references — the list to add to,
/// the dossier, the list name and index of the fact — and the prefix, path and message text are built in
/// <see cref="Fout"/>, when a failure is actually reported. The list is created on the first failure.
/// </remarks>
internal readonly ref struct Melder
{
    private readonly ref List<Validatiefout>? _fouten;
    private readonly object? _context;
    private readonly string? _lijst;
    private readonly int _index;

    /// <summary>Initializes a melder without prefix or path, for a fact validated on its own.</summary>
    /// <param name="fouten">Where the failures go; created on the first one.</param>
    internal Melder(ref List<Validatiefout>? fouten)
        : this(ref fouten, null, null, -1)
    {
    }

    /// <summary>Initializes a melder whose messages start with the dossier or room.</summary>
    /// <param name="fouten">Where the failures go; created on the first one.</param>
    /// <param name="context">A <see cref="Dossier"/> or <see cref="Kamerdossier"/>, described only when a failure is reported.</param>
    internal Melder(ref List<Validatiefout>? fouten, object context)
        : this(ref fouten, context, null, -1)
    {
    }

    private Melder(ref List<Validatiefout>? fouten, object? context, string? lijst, int index)
    {
        _fouten = ref fouten;
        _context = context;
        _lijst = lijst;
        _index = index;
    }

    /// <summary>Returns a melder for the field <paramref name="veld"/> of the current fact, e.g. <c>Client</c>.</summary>
    internal Melder Voor(string veld) => new(ref _fouten, _context, veld, -1);

    /// <summary>Returns a melder for element <paramref name="index"/> of the list <paramref name="lijst"/>, e.g. <c>Mazen[2]</c>.</summary>
    internal Melder Voor(string lijst, int index) => new(ref _fouten, _context, lijst, index);

    internal void Fout(string code, Feitnaam feit, string veld, string melding)
    {
        var pad = _lijst is null ? veld : _index < 0 ? $"{_lijst}.{veld}" : $"{_lijst}[{_index.ToString(CultureInfo.InvariantCulture)}].{veld}";
        var naam = feit.ToString();
        (_fouten ??= []).Add(new Validatiefout(code, naam, pad, $"{Voorvoegsel(_context)}{naam}, {veld}: {melding}"));
    }

    /// <summary>Formats a date as ISO <c>uuuu-MM-dd</c>, as <see cref="LocalDatePattern.Iso"/> does, without going through the pattern for common years.</summary>
    internal static string Iso(LocalDate datum) => Regels.Gedeeld.Opmaak.Datum(datum);

    internal static void GeefDoor<T>(List<Validatiefout>? fouten, ValidationContext<T> context)
    {
        if (fouten is null)
        {
            return;
        }

        foreach (var fout in fouten)
        {
            context.AddFailure(new ValidationFailure(fout.Veld, fout.Melding) { ErrorCode = fout.Code, CustomState = fout.Feit });
        }
    }

    private static string Voorvoegsel(object? context) => context switch
    {
        Dossier dossier => $"Dossier {dossier.GemaskeerdeSleutel}, ",
        Kamerdossier kamerdossier => $"Kamer '{Maskering.Maskeer(kamerdossier.Kamer?.KamerId)}': ",
        _ => string.Empty,
    };
}
