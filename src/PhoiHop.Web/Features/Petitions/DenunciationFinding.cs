namespace PhoiHop.Features.Petitions;

/// <summary>The conclusion on a denunciation (Luật Tố cáo 2018, Điều 35(2)).</summary>
public enum DenunciationFinding
{
    Right = 0,        // tố cáo đúng
    PartlyRight = 1,  // đúng một phần
    False = 2,        // sai sự thật
}
