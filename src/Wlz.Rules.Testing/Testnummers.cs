using System.Globalization;
using Wlz.Rules.Model;

namespace Wlz.Rules.Testing;

/// <summary>
/// Makes synthetic identifiers for test data: BSNs that pass the 11-proef and well-formed AGB codes, each derived
/// from a sequence number so that tests and generated populations are reproducible.
/// </summary>
/// <remarks>
/// The numbers are synthetic. Any nine digits that pass the 11-proef may belong to a real person, so never mix test
/// data with production data.
/// </remarks>
public static class Testnummers
{
    /// <summary>The largest sequence number <see cref="Bsn(int)"/> accepts: there are nine million distinct test BSNs.</summary>
    public const int MaxBsnVolgnummer = 8_999_999;

    /// <summary>The largest sequence number <see cref="AgbCode(int)"/> accepts.</summary>
    public const int MaxAgbVolgnummer = 9_999_999;

    /// <summary>Gets a BSN that passes the 11-proef, different for every sequence number.</summary>
    /// <param name="volgnummer">A sequence number from 0 to <see cref="MaxBsnVolgnummer"/>.</param>
    /// <returns>The BSN.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="volgnummer"/> is out of range.</exception>
    /// <remarks>
    /// The first seven digits are <c>1000000 + volgnummer</c>, then the last two digits are the first
    /// pair that makes the 11-proef hold, so different sequence numbers always give different BSNs.
    /// </remarks>
    public static Bsn Bsn(int volgnummer) => new(BsnTekst(volgnummer));

    /// <summary>Gets a well-formed eight-digit AGB code, different for every sequence number.</summary>
    /// <param name="volgnummer">A sequence number from 0 to <see cref="MaxAgbVolgnummer"/>.</param>
    /// <returns>The AGB code <c>7</c> followed by <c>volgnummer</c> in seven digits, e.g. <c>70000001</c> for 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="volgnummer"/> is out of range.</exception>
    public static AgbCode AgbCode(int volgnummer)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(volgnummer);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(volgnummer, MaxAgbVolgnummer);
        return new AgbCode((70_000_000 + volgnummer).ToString(CultureInfo.InvariantCulture));
    }

    internal static string BsnTekst(int volgnummer)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(volgnummer);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(volgnummer, MaxBsnVolgnummer);
        var voorloop = 1_000_000 + volgnummer;
        return string.Create(Model.Bsn.Lengte, voorloop, static (tekens, voorloop) =>
        {
            var som = 0;
            var rest = voorloop;
            for (var i = 6; i >= 0; i--)
            {
                var cijfer = rest % 10;
                rest /= 10;
                tekens[i] = (char)('0' + cijfer);
                som += cijfer * (9 - i);
            }

            // 2×d8 − d9 ≡ −som (mod 11): for exactly one d8 the needed d9 would be 10, so one of the first two d8 values fits.
            for (var d8 = 0; d8 <= 9; d8++)
            {
                var d9 = (som + (2 * d8)) % 11;
                if (d9 <= 9)
                {
                    tekens[7] = (char)('0' + d8);
                    tekens[8] = (char)('0' + d9);
                    return;
                }
            }
        });
    }
}
