using System.Security.Cryptography;
using System.Text;

namespace Migrate.Core.Planning.Diff;

/// <summary>
/// The git blob id (SHA-1 of <c>"blob &lt;size&gt;\0"</c> + content) used on a patch's <c>index</c> line.
/// <c>git apply</c> checks the full id before applying a binary patch, and uses ids for <c>--3way</c>.
/// </summary>
internal static class GitObjectId
{
    public const string Zero = "0000000000000000000000000000000000000000";

    public static string OfBlob(byte[]? content)
    {
        if (content is null)
        {
            return Zero;
        }
        using var sha1 = IncrementalHash.CreateHash(HashAlgorithmName.SHA1);
        sha1.AppendData(Encoding.ASCII.GetBytes($"blob {content.Length}\0"));
        sha1.AppendData(content);
        return Convert.ToHexStringLower(sha1.GetHashAndReset());
    }
}
