namespace PhoiHop.Features.Organizations;

public enum DeputyKind
{
    NationalAssembly = 0,   // đại biểu Quốc hội
    ProvincialCouncil = 1,  // đại biểu HĐND tỉnh
    CommuneCouncil = 2,     // đại biểu HĐND xã
}
