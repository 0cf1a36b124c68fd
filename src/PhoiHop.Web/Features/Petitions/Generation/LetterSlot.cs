namespace PhoiHop.Features.Petitions.Generation;

/// <summary>The placeholders of letter templates, written {Name} in the text.</summary>
internal enum LetterSlot
{
    Toi,             // tôi / chúng tôi
    ToiCap,          // Tôi / Chúng tôi
    GiaDinhToi,      // gia đình tôi / các hộ gia đình chúng tôi
    GiaDinhToiCap,
    Commune,         // xã Đại Phúc
    CommuneName,     // Đại Phúc
    Locality,        // xóm Chùa, tổ dân phố số 7
    Parcel,
    Sheet,
    Area,
    AreaLost,
    Decision,
    DecisionDate,
    DecisionYear,
    JudgmentNumber,
    EventDate,
    FollowDate,
    Amount,
    Amount2,
    Other,           // ông Nguyễn Văn Tâm
    OtherCap,        // Ông Nguyễn Văn Tâm, at the start of a sentence
    OtherKin,        // bố / mẹ
    OtherKinCap,
    Project,
    Company,
    SinceYear,
}
