using PhoiHop.Features.Search;

namespace PhoiHop.Tests.Features.Search;

public sealed class SearchRankTests
{
    [Fact]
    public void Count_WholeWordsOnly_UnlessTheLastIsAPrefix()
    {
        var text = SearchText.Fold("Khiếu nại về thuế đất; thu hồi đất, thu hồi đất ở.");

        var (counts, length) = SearchRank.Count(text, ["thu", "hoi"], prefixLast: false);
        Assert.Equal([2, 2], counts);
        Assert.Equal(12, length);
        Assert.Equal([3], SearchRank.Count(text, ["thu"], prefixLast: true).Counts);
        Assert.Equal([0], SearchRank.Count(text, ["khieu nai"], prefixLast: false).Counts);
        Assert.Equal(0, SearchRank.Count("", ["dat"], prefixLast: false).Length);
    }

    [Fact]
    public void Scores_MoreOccurrences_AndShorterTexts_RankHigher()
    {
        var words = SearchText.Tokens("ô nhiễm");
        var scores = SearchRank.Scores(
        [
            SearchText.Fold("Phản ánh ô nhiễm nguồn nước; ô nhiễm không khí do nhà máy."),
            SearchText.Fold("Phản ánh ô nhiễm nguồn nước."),
            SearchText.Fold("Phản ánh ô nhiễm nguồn nước ở thôn Đồng Tâm, xã Đại Phúc, kéo dài nhiều năm, đề nghị kiểm tra xử lý dứt điểm."),
            SearchText.Fold("Đề nghị sửa đường."),
        ], words, prefixLast: false);

        Assert.True(scores[0] > scores[1], string.Join(", ", scores));
        Assert.True(scores[1] > scores[2], string.Join(", ", scores));
        Assert.Equal(0, scores[3]);
        Assert.All(scores, s => Assert.InRange(s, 0, words.Count * 2.2));
    }
}
