namespace PhoiHop.Features.Petitions;

/// <summary>Lần giải quyết khiếu nại (Luật Khiếu nại 2011, Điều 7).</summary>
public enum ComplaintInstance
{
    First = 0,   // lần đầu
    Second = 1,  // lần hai: the direct superior (or the Minister for the provincial Chairman's decisions)
}
