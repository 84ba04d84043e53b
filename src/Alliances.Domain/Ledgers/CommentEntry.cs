namespace Alliances.Domain.Progress;

/// <summary>The comment of one report, kept apart from the report's entry since most reports have none.</summary>
internal readonly record struct CommentEntry(int Date, string Text) : IDatedEntry;
