using System.Security.Cryptography;

namespace Migrate.Core.Planning;

/// <summary>
/// The identity of some bytes: lower-case hex SHA-256 and length. Two contents with equal digests are treated as
/// equal (what the manifest records, and how the dry run decides "unchanged" without keeping files in memory).
/// </summary>
public sealed record FileDigest(string Sha256, long Length)
{
    public static FileDigest Of(byte[] content) => new(Convert.ToHexStringLower(SHA256.HashData(content)), content.Length);

    /// <summary>Hashes a stream to its end without loading it (large resources).</summary>
    public static FileDigest Of(Stream stream)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long length = 0;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            length += read;
        }
        return new FileDigest(Convert.ToHexStringLower(hash.GetHashAndReset()), length);
    }

    public static FileDigest OfFile(string fullPath)
    {
        using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        return Of(stream);
    }
}
