namespace Migrate.Core.Planning;

/// <summary>One file that <c>migrate</c> wrote: its output-relative path ('/' separators) and the digest of the bytes written.</summary>
public sealed record OutputManifestEntry(string Path, string Sha256, long Length)
{
    public FileDigest Digest => new(Sha256, Length);
}
