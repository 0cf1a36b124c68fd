namespace PhoiHop.Features.Petitions.Generation;

/// <summary>
/// How a letter made by <see cref="PetitionGenerator.NextDuplicateOf"/> relates to its original. The first five are
/// duplicates of the same matter from the same sender (đơn trùng, gửi nhiều nơi, nhắc lại: RULES.md 2.5); the last two
/// are hard negatives that look alike but are another matter.
/// </summary>
public enum DuplicateStyle
{
    ExactCopyToAnotherBody = 0,     // the same letter, photocopied and sent to another addressee
    RetypedWithoutDiacritics = 1,   // typed again without Vietnamese marks, on some or all words
    RetypedWithTypos = 2,           // typed again: swapped or lost letters, hỏi/ngã slips, the other tone-mark style
    Reworded = 3,                   // the same person and parcel, sentences rephrased and reordered
    Reminder = 4,                   // months later: "Tôi đã gửi đơn ngày … nhưng đến nay chưa được giải quyết"
    NeighbourDifferentPlot = 5,     // hard negative: same commune and problem, another person and parcel
    SamePersonDifferentMatter = 6,  // hard negative: the same sender about something else
}
