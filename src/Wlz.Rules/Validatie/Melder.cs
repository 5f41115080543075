using FluentValidation.Results;
using NodaTime;
using NodaTime.Text;

namespace Wlz.Rules.Validatie;

/// <summary>Adds failures with code, fact, field path and a message prefixed with the dossier.</summary>
internal readonly struct Melder
{
    private readonly Action<ValidationFailure> _voegToe;
    private readonly string _dossier;
    private readonly string _pad;

    internal Melder(Action<ValidationFailure> voegToe, string dossier, string pad)
    {
        _voegToe = voegToe;
        _dossier = dossier;
        _pad = pad;
    }

    internal Melder Voor(string pad) => new(_voegToe, _dossier, pad);

    internal void Fout(string code, string feit, string veld, string melding)
    {
        var pad = _pad.Length == 0 ? veld : $"{_pad}.{veld}";
        var failure = new ValidationFailure(pad, $"{_dossier}{feit}, {veld}: {melding}")
        {
            ErrorCode = code,
            CustomState = feit,
        };
        _voegToe(failure);
    }

    internal static string Iso(LocalDate datum) => LocalDatePattern.Iso.Format(datum);
}
