namespace PhoiHop.Features.Petitions;

/// <summary>The second-instance conclusion on the complaint (Luật Khiếu nại 2011, Điều 40).</summary>
public enum SecondInstanceOutcome
{
    Right = 0,        // khiếu nại đúng
    PartlyRight = 1,  // đúng một phần
    Wrong = 2,        // sai toàn bộ
}
