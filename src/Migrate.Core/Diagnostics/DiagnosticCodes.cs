namespace Migrate.Core.Diagnostics;

/// <summary>
/// Every diagnostic code the tool emits, defined once. Ranges: MIG0xx run/IO, MIG1xx finding files and site
/// config, MIG2xx front-matter syntax, MIG3xx meaning (dates, types, authors, links), MIG4xx resources,
/// MIG5xx writers, MIG6xx planning/applying. README lists them; a test checks that every constant is documented.
/// Add new codes here only (never reuse a retired number).
/// </summary>
public static class DiagnosticCodes
{
    // MIG0xx: run, IO
    public const string SourceNotFound = "MIG001";
    public const string OutputInsideSource = "MIG002";
    public const string PathOutsideOutput = "MIG003";
    public const string FileReadFailed = "MIG004";
    public const string FileTooLarge = "MIG005";
    public const string InvalidUtf8 = "MIG006";
    public const string InternalError = "MIG009";

    // MIG1xx: discovery and site config
    public const string NoPublicationSection = "MIG100";
    public const string SkippedSectionIndex = "MIG101";
    public const string SkippedListPage = "MIG102";
    public const string SkippedStrayFile = "MIG103";
    public const string LanguageNotBuilt = "MIG104";
    public const string FolderWithoutIndex = "MIG105";
    public const string SiteConfigUnreadable = "MIG106";
    public const string SiteConfigNotFound = "MIG107";
    public const string AuthorProfileUnreadable = "MIG108";
    public const string UnknownTimeZone = "MIG109";

    // MIG2xx: front-matter syntax
    public const string NoFrontMatter = "MIG200";
    public const string UnterminatedFrontMatter = "MIG201";
    public const string YamlSyntaxError = "MIG202";
    public const string TomlSyntaxError = "MIG203";
    public const string JsonSyntaxError = "MIG204";
    public const string DuplicateKey = "MIG205";
    public const string NestingTooDeep = "MIG206";
    public const string AliasBudgetExceeded = "MIG207";
    public const string FrontMatterNotMapping = "MIG208";
    public const string UnsupportedYamlFeature = "MIG209";

    // MIG3xx: meaning
    public const string InvalidDate = "MIG300";
    public const string UnknownPublicationType = "MIG301";
    public const string NumericPublicationTypeOutOfLegend = "MIG302";
    public const string AuthorNotesLengthMismatch = "MIG303";
    public const string InvalidDoi = "MIG304";
    public const string UnexpectedValueType = "MIG305";
    public const string DoubledDoiPrefix = "MIG306";
    public const string MissingTitle = "MIG307";
    public const string DuplicateLink = "MIG308";

    // MIG4xx: resources
    public const string JunkResource = "MIG400";
    public const string NonPortableFileName = "MIG401";
    public const string FeaturedNotImage = "MIG402";
    public const string ReferencedResourceMissing = "MIG403";
    public const string ResourceNameCollision = "MIG404";

    // MIG5xx: writers
    public const string CommentDropped = "MIG500";
    public const string ValueNotRepresentable = "MIG501";
    /// <summary>A Hugo shortcode left in the body unconverted (made inert, so the target shows it as text).</summary>
    public const string ShortcodeNotConverted = "MIG502";
    /// <summary>A duplicate key Hugo ignored (an earlier one, compared case-insensitively) written as a comment.</summary>
    public const string ShadowedKeyCommentedOut = "MIG503";
    /// <summary>The output file name differs from the source slug (collision or characters a file name cannot hold).</summary>
    public const string OutputNameChanged = "MIG504";
    /// <summary>A field the target needs (a date, a URL) has no usable value, so the target will fall back to its default.</summary>
    public const string TargetFieldMissing = "MIG505";
    /// <summary>A bundle file the target will not publish (Zola skips colocated files without an extension), or one another language already supplies.</summary>
    public const string AssetSkippedByTarget = "MIG506";

    // MIG52x: body conversion (Transforms/Body); numbered apart from the writers' own MIG50x codes.
    public const string UnknownShortcode = "MIG520";
    public const string MalformedShortcode = "MIG521";
    public const string ShortcodeNotTranslated = "MIG522";
    public const string BrokenPageReference = "MIG523";
    public const string ShortcodeInCode = "MIG524";
    public const string TargetSyntaxNeutralised = "MIG525";

    // MIG6xx: planning and applying
    public const string OutputConflict = "MIG600";
    public const string DuplicateOutputPath = "MIG601";
    public const string WriteFailed = "MIG602";
    public const string ManifestUnreadable = "MIG603";
}
