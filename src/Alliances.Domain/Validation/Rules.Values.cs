namespace Alliances.Domain.Validation;

public static partial class Rules
{
    /// <summary>TXT001: A required text (a name, a title, the French side of a localized text) is present and not blank: it holds a character that ECMA-262 does not count as white space (its \s: U+FEFF is white space, U+0085 is not).</summary>
    public static Rule TextRequired { get; } = new("TXT001", "A required text (a name, a title, the French side of a localized text) is present and not blank: it holds a character that ECMA-262 does not count as white space (its \\s: U+FEFF is white space, U+0085 is not).");

    /// <summary>TXT002: The English side of a localized text, when given, is not blank (white space as for TXT001).</summary>
    public static Rule EnglishTextNotBlank { get; } = new("TXT002", "The English side of a localized text, when given, is not blank (white space as for TXT001).");

    /// <summary>TXT003: A text is well-formed Unicode: no UTF-16 surrogate (U+D800–U+DFFF) stands without its pair, so the text has an exact UTF-8 form and a document can hold it.</summary>
    public static Rule TextWellFormed { get; } = new("TXT003", "A text is well-formed Unicode: no UTF-16 surrogate (U+D800–U+DFFF) stands without its pair, so the text has an exact UTF-8 form and a document can hold it.");

    /// <summary>IDS001: An identifier is a lowercase slug of ASCII letters, digits and single inner hyphens, 1 to 64 characters long.</summary>
    public static Rule IdentifierFormat { get; } = new("IDS001", "An identifier is a lowercase slug of ASCII letters, digits and single inner hyphens, 1 to 64 characters long.");

    /// <summary>PCT001: A percentage is a finite number from 0 to 100 inclusive.</summary>
    public static Rule PercentageRange { get; } = new("PCT001", "A percentage is a finite number from 0 to 100 inclusive.");

    /// <summary>CNT001: A count of people or organisations is 0 or more.</summary>
    public static Rule CountNotNegative { get; } = new("CNT001", "A count of people or organisations is 0 or more.");

    /// <summary>MEA001: A measure number is 1 or more.</summary>
    public static Rule MeasureNumberPositive { get; } = new("MEA001", "A measure number is 1 or more.");

    /// <summary>HOR001: Both ends of an effect horizon are 0 months or more.</summary>
    public static Rule HorizonNotNegative { get; } = new("HOR001", "Both ends of an effect horizon are 0 months or more.");

    /// <summary>HOR002: The minimum of an effect horizon is at most its maximum.</summary>
    public static Rule HorizonOrdered { get; } = new("HOR002", "The minimum of an effect horizon is at most its maximum.");

    /// <summary>DAT001: A span of days ends after the day it starts: its latest possible day is after its earliest, and a single day is an exact day, not a span.</summary>
    public static Rule SpanOrdered { get; } = new("DAT001", "A span of days ends after the day it starts: its latest possible day is after its earliest, and a single day is an exact day, not a span.");

    /// <summary>DAT002: A date's year lies from 1 to 9999.</summary>
    public static Rule YearInRange { get; } = new("DAT002", "A date's year lies from 1 to 9999.");

    /// <summary>DAT003: A date is in the ISO calendar.</summary>
    public static Rule IsoCalendar { get; } = new("DAT003", "A date is in the ISO calendar.");

    /// <summary>MIL001: A milestone's sequence number is 1 or more.</summary>
    public static Rule MilestoneSequencePositive { get; } = new("MIL001", "A milestone's sequence number is 1 or more.");

    /// <summary>GOV001: A follow-up committee is made of at least one body.</summary>
    public static Rule CommitteeHasBodies { get; } = new("GOV001", "A follow-up committee is made of at least one body.");

    /// <summary>MIS001: A mission is led by at least one person.</summary>
    public static Rule MissionHasLeaders { get; } = new("MIS001", "A mission is led by at least one person.");

    /// <summary>MIS002: A mission's report is delivered on or after the first day of the month the mission was commissioned.</summary>
    public static Rule ReportAfterCommission { get; } = new("MIS002", "A mission's report is delivered on or after the first day of the month the mission was commissioned.");

    /// <summary>POL001: An opinion poll names at least one pollster and has at least one answer.</summary>
    public static Rule PollNotEmpty { get; } = new("POL001", "An opinion poll names at least one pollster and has at least one answer.");

    /// <summary>POL002: The shares of a poll's top-level answers add up to 100 %.</summary>
    public static Rule PollSharesSumToHundred { get; } = new("POL002", "The shares of a poll's top-level answers add up to 100 %.");

    /// <summary>POL003: The shares nested under an answer add up to at most that answer's share, so no nested share is above its parent.</summary>
    public static Rule NestedSharesWithinParent { get; } = new("POL003", "The shares nested under an answer add up to at most that answer's share, so no nested share is above its parent.");

    /// <summary>EVA001: The period an evaluation looks back over is positive and made of years, months, weeks or days only.</summary>
    public static Rule EvaluationPeriodPositive { get; } = new("EVA001", "The period an evaluation looks back over is positive and made of years, months, weeks or days only.");
}
