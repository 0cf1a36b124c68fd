using static PhoiHop.Features.Petitions.Generation.OtherParty;

namespace PhoiHop.Features.Petitions.Generation;

internal static partial class LetterScenarios
{
    // Land is about three in ten recommendations (12+8+5 of 83); roads, policies and services make the rest.
    private static LetterScenario[] Recommendations() =>
    [
        new("KNG.DINH_CHINH_GCN", PetitionKind.Recommendation, PetitionFields.LandCertificate, 12,
            "Đề nghị đính chính sai sót diện tích trên Giấy chứng nhận quyền sử dụng đất",
            [
                "kiến nghị được đo đạc lại và đính chính diện tích thửa đất số {Parcel}, tờ bản đồ số {Sheet} ghi trên Giấy chứng nhận quyền sử dụng đất của {GiaDinhToi}",
                "đề nghị Quý cơ quan xem xét, điều chỉnh sai sót về diện tích và ranh giới thửa đất số {Parcel}, tờ bản đồ số {Sheet} trên Giấy chứng nhận của {GiaDinhToi}",
            ],
            [
                [
                    "Năm {SinceYear}, {GiaDinhToi} được cấp Giấy chứng nhận quyền sử dụng đất đối với thửa đất nêu trên tại {Locality}, {Commune} với diện tích {Area} m².",
                    "Giấy chứng nhận cấp cho {GiaDinhToi} năm {SinceYear} ghi thửa đất tại {Locality}, {Commune} có diện tích {Area} m².",
                ],
                [
                    "Khi đo đạc lại bản đồ địa chính ngày {EventDate}, diện tích thực tế chênh lệch khoảng {AreaLost} m² so với giấy chứng nhận dù ranh giới không thay đổi.",
                    "Kết quả đo đạc bản đồ địa chính mới ngày {EventDate} cho thấy diện tích thửa đất chênh khoảng {AreaLost} m², trong khi mốc giới vẫn giữ nguyên từ trước.",
                ],
                [
                    "Sai lệch này khiến {GiaDinhToi} không thể làm thủ tục tách thửa, chuyển nhượng hay thế chấp vay vốn ngân hàng.",
                    "Do giấy tờ không khớp, {GiaDinhToi} không làm được thủ tục thế chấp vay vốn sản xuất.",
                ],
            ],
            [
                "kính đề nghị Quý cơ quan chỉ đạo Văn phòng đăng ký đất đai kiểm tra, đo đạc lại và đính chính Giấy chứng nhận cho {GiaDinhToi}.",
                "kính đề nghị Quý cơ quan hướng dẫn và giải quyết thủ tục đính chính để {GiaDinhToi} thực hiện được các quyền của người sử dụng đất.",
            ]),

        new("KNG.NO_TIEN_BOI_THUONG", PetitionKind.Recommendation, PetitionFields.LandRecovery, 8,
            "Đề nghị chi trả tiền bồi thường, hỗ trợ còn nợ của {Project}",
            [
                "kiến nghị chi trả dứt điểm tiền bồi thường, hỗ trợ cho {GiaDinhToi} có đất bị thu hồi thực hiện {Project}",
                "đề nghị Quý cơ quan chỉ đạo thanh toán số tiền bồi thường còn nợ đối với phần đất của {GiaDinhToi} đã bàn giao cho {Project}",
            ],
            [
                [
                    "Theo Quyết định số {Decision}/QĐ-UBND ngày {DecisionDate}, {GiaDinhToi} bị thu hồi {AreaLost} m² đất tại thửa đất số {Parcel}, tờ bản đồ số {Sheet}, {Locality}.",
                    "Thửa đất số {Parcel}, tờ bản đồ số {Sheet} ở {Locality} của {GiaDinhToi} bị thu hồi {AreaLost} m² theo Quyết định số {Decision}/QĐ-UBND ngày {DecisionDate}.",
                ],
                [
                    "{GiaDinhToiCap} đã bàn giao mặt bằng từ ngày {EventDate} nhưng mới được nhận một phần, còn {Amount} đồng chưa được chi trả.",
                    "Mặt bằng đã được bàn giao ngày {EventDate}, song đến nay {GiaDinhToi} vẫn còn {Amount} đồng tiền bồi thường, hỗ trợ chưa nhận được.",
                ],
                [
                    "Chủ đầu tư nhiều lần hẹn nhưng không thực hiện, gây khó khăn lớn cho đời sống của {GiaDinhToi}.",
                    "Nhiều lần hỏi, Ban quản lý dự án chỉ trả lời là đang chờ vốn, không có thời hạn cụ thể.",
                ],
            ],
            [
                "kính đề nghị Quý cơ quan quan tâm, chỉ đạo chủ đầu tư sớm bố trí kinh phí chi trả dứt điểm cho {GiaDinhToi}, kèm theo tiền chậm trả theo quy định.",
                "kính đề nghị Quý cơ quan đôn đốc chủ đầu tư thanh toán số tiền còn nợ trong thời gian sớm nhất.",
            ],
            group: true),

        new("KNG.CHUYEN_MUC_DICH", PetitionKind.Recommendation, PetitionFields.LandManagement, 5,
            "Đề nghị cho chuyển mục đích sử dụng đất vườn sang đất ở",
            [
                "kiến nghị được chuyển mục đích sử dụng {AreaLost} m² đất trồng cây lâu năm sang đất ở tại thửa đất số {Parcel}, tờ bản đồ số {Sheet}",
                "đề nghị Quý cơ quan xem xét cho {GiaDinhToi} chuyển mục đích một phần thửa đất số {Parcel}, tờ bản đồ số {Sheet} sang đất ở để làm nhà",
            ],
            [
                [
                    "{GiaDinhToiCap} có thửa đất rộng {Area} m² tại {Locality}, {Commune}, trong đó phần lớn là đất trồng cây lâu năm.",
                    "Thửa đất của {GiaDinhToi} ở {Locality} rộng {Area} m², chủ yếu là đất trồng cây lâu năm.",
                ],
                [
                    "Con trai {Toi} đã lập gia đình, chưa có chỗ ở riêng; ngày {EventDate} {Toi} đã nộp hồ sơ chuyển mục đích nhưng được trả lời là chưa có trong kế hoạch sử dụng đất hằng năm.",
                    "Do các con đã lập gia đình cần đất làm nhà, ngày {EventDate} {Toi} nộp hồ sơ xin chuyển mục đích nhưng bị trả lại vì chưa có trong kế hoạch sử dụng đất.",
                ],
                [
                    "Trong khi đó, một số hộ liền kề ở {Locality} đã được chuyển mục đích trong năm trước.",
                    "Một số hộ cùng khu vực đã được cho chuyển mục đích, nên {GiaDinhToi} rất mong được xem xét công bằng.",
                ],
            ],
            [
                "kính đề nghị Quý cơ quan xem xét đưa thửa đất vào kế hoạch sử dụng đất năm tới và giải quyết hồ sơ chuyển mục đích cho {GiaDinhToi}.",
                "kính đề nghị Quý cơ quan hướng dẫn thủ tục và tạo điều kiện để {GiaDinhToi} được chuyển mục đích sử dụng đất theo quy định.",
            ]),

        new("KNG.SUA_DUONG", PetitionKind.Recommendation, PetitionFields.Construction, 12,
            "Đề nghị sửa chữa tuyến đường liên xóm bị xuống cấp tại {Locality}",
            [
                "kiến nghị sửa chữa, nâng cấp tuyến đường từ {Locality} đi trung tâm {Commune} đã xuống cấp nghiêm trọng",
                "đề nghị Quý cơ quan quan tâm đầu tư sửa chữa tuyến đường giao thông qua {Locality}, {Commune}",
            ],
            [
                [
                    "Tuyến đường dài khoảng 2 km được làm từ năm {SinceYear}, là lối đi duy nhất của hơn một trăm hộ dân và học sinh đến trường.",
                    "Con đường được bê tông hóa từ năm {SinceYear}, là tuyến duy nhất để bà con đi lại và các cháu học sinh đến trường.",
                ],
                [
                    "Từ ngày {EventDate}, xe tải chở vật liệu của các công trình đi lại nhiều làm mặt đường vỡ nát, mùa mưa lầy lội, nhiều người bị ngã.",
                    "Do xe trọng tải lớn đi qua thường xuyên từ khoảng ngày {EventDate}, mặt đường hư hỏng nặng, trời mưa rất trơn trượt, đã xảy ra nhiều vụ tai nạn.",
                ],
                [
                    "Rãnh thoát nước hai bên đường bị lấp, nước tràn vào nhà dân mỗi khi mưa lớn.",
                    "Hệ thống rãnh thoát nước không còn, mưa to là nước tràn vào nhà các hộ ven đường.",
                ],
            ],
            [
                "kính đề nghị Quý cơ quan bố trí kinh phí sửa chữa tuyến đường và có biện pháp hạn chế xe quá tải đi qua khu dân cư.",
                "kính đề nghị Quý cơ quan khảo sát thực tế, đưa tuyến đường vào kế hoạch đầu tư, sửa chữa trong năm tới.",
            ],
            group: true),

        new("KNG.NGUOI_CO_CONG", PetitionKind.Recommendation, PetitionFields.SocialPolicy, 8,
            "Đề nghị xem xét giải quyết chế độ người có công với cách mạng",
            [
                "kiến nghị được xem xét giải quyết chế độ đối với người hoạt động kháng chiến bị nhiễm chất độc hóa học cho {OtherKin} {Toi}",
                "đề nghị Quý cơ quan xem xét hồ sơ hưởng chế độ người có công với cách mạng của {OtherKin} {Toi} là {Other}",
            ],
            [
                [
                    "{OtherKinCap} {Toi} là {Other}, nhập ngũ năm 1972, trực tiếp chiến đấu tại chiến trường miền Nam và xuất ngũ năm 1978.",
                    "{OtherKinCap} {Toi} ({Other}) tham gia quân đội từ năm 1972, chiến đấu ở chiến trường B2 đến năm 1978 thì xuất ngũ về địa phương.",
                ],
                [
                    "Sau khi về địa phương, {OtherKin} {Toi} thường xuyên ốm đau; gia đình đã nộp hồ sơ đề nghị hưởng chế độ từ ngày {EventDate}.",
                    "Ngày {EventDate}, gia đình đã nộp hồ sơ đề nghị công nhận vì {OtherKin} {Toi} bị bệnh tật kéo dài từ khi xuất ngũ.",
                ],
                [
                    "Đến nay đã lâu nhưng hồ sơ vẫn chưa được giải quyết, gia đình không nhận được văn bản trả lời nào.",
                    "Từ đó đến nay, gia đình chưa nhận được thông báo kết quả, trong khi sức khỏe của {OtherKin} {Toi} ngày càng yếu.",
                ],
            ],
            [
                "kính đề nghị Quý cơ quan quan tâm, chỉ đạo cơ quan chuyên môn xem xét, giải quyết chế độ cho {OtherKin} {Toi} theo quy định.",
                "kính đề nghị Quý cơ quan kiểm tra tiến độ hồ sơ và trả lời cho gia đình bằng văn bản.",
            ],
            kin: Father),

        new("KNG.CONG_AN_VIEN", PetitionKind.Recommendation, PetitionFields.CivilServantPolicy, 6,
            "Đề nghị giải quyết chế độ cho người hoạt động không chuyên trách ở thôn",
            [
                "kiến nghị về chế độ hỗ trợ đối với người hoạt động không chuyên trách ở {Locality} khi thôi làm nhiệm vụ do sắp xếp lực lượng ở cơ sở",
                "đề nghị Quý cơ quan xem xét giải quyết chế độ hỗ trợ thôi việc cho {Toi} sau khi sắp xếp lại lực lượng ở thôn, tổ dân phố",
            ],
            [
                [
                    "{ToiCap} làm công an viên ở {Locality} từ năm {SinceYear}, đến ngày {EventDate} thì thôi làm nhiệm vụ do sắp xếp lại lực lượng.",
                    "Từ năm {SinceYear} đến ngày {EventDate}, {Toi} làm công an viên ở {Locality} và thôi nhiệm vụ khi sắp xếp lại lực lượng ở cơ sở.",
                ],
                [
                    "Đến nay {Toi} chưa được nhận khoản hỗ trợ nào, trong khi một số người ở các thôn lân cận đã được chi trả.",
                    "Một số người cùng hoàn cảnh ở xóm bên đã được hỗ trợ, nhưng {Toi} thì chưa.",
                ],
                [
                    "{ToiCap} đã hỏi UBND {Commune} ngày {FollowDate} nhưng được trả lời là chưa có hướng dẫn.",
                    "Ngày {FollowDate}, cán bộ xã trả lời {Toi} rằng đang chờ văn bản hướng dẫn của cấp trên.",
                ],
            ],
            [
                "kính đề nghị Quý cơ quan xem xét, hướng dẫn và giải quyết chế độ hỗ trợ cho {Toi} theo quy định.",
                "kính đề nghị Quý cơ quan sớm có văn bản hướng dẫn để địa phương chi trả chế độ cho {Toi} và những người cùng hoàn cảnh.",
            ]),

        new("KNG.NO_LUONG_BHXH", PetitionKind.Recommendation, PetitionFields.Labour, 6,
            "Đề nghị can thiệp việc công ty nợ lương, nợ bảo hiểm xã hội của người lao động",
            [
                "kiến nghị về việc {Company} nợ lương và không đóng bảo hiểm xã hội cho người lao động",
                "đề nghị Quý cơ quan can thiệp để {Company} trả lương và đóng bảo hiểm xã hội còn nợ cho người lao động",
            ],
            [
                [
                    "{ToiCap} làm công nhân tại {Company} từ năm {SinceYear}, có hợp đồng lao động không xác định thời hạn.",
                    "Từ năm {SinceYear}, {Toi} làm việc tại {Company} theo hợp đồng lao động không xác định thời hạn.",
                ],
                [
                    "Từ ngày {EventDate}, công ty chậm trả lương, đến nay còn nợ {Toi} khoảng {Amount2} đồng.",
                    "Công ty chậm lương từ ngày {EventDate}, số tiền lương còn nợ {Toi} khoảng {Amount2} đồng.",
                ],
                [
                    "Khi đi khám bệnh, {Toi} mới biết công ty đã ngừng đóng bảo hiểm xã hội dù vẫn trừ vào lương hằng tháng.",
                    "Tra cứu trên ứng dụng VssID, {Toi} phát hiện công ty không đóng bảo hiểm xã hội nhiều tháng nay, trong khi lương vẫn bị trừ phần đóng bảo hiểm.",
                ],
            ],
            [
                "kính đề nghị Quý cơ quan kiểm tra, yêu cầu công ty trả đủ lương và đóng bảo hiểm xã hội cho người lao động.",
                "kính đề nghị Quý cơ quan thanh tra việc chấp hành pháp luật lao động tại công ty và bảo vệ quyền lợi của người lao động.",
            ],
            group: true, sector: "May mặc"),

        new("KNG.PHONG_HOC", PetitionKind.Recommendation, PetitionFields.Education, 4,
            "Đề nghị đầu tư phòng học cho điểm trường mầm non {Locality}",
            [
                "kiến nghị đầu tư xây dựng thêm phòng học và công trình vệ sinh cho điểm trường mầm non {Locality}",
                "đề nghị Quý cơ quan quan tâm sửa chữa, xây mới phòng học tại điểm trường mầm non {Locality}, {Commune}",
            ],
            [
                [
                    "Điểm trường được xây từ năm {SinceYear}, hiện đã xuống cấp, mái dột, tường nứt.",
                    "Các phòng học ở điểm trường làm từ năm {SinceYear} nay đã hư hỏng, mưa là dột.",
                ],
                [
                    "Ngày {EventDate}, một mảng trần bị bong rơi xuống, may mắn không có cháu nào bị thương.",
                    "Hôm {EventDate}, một mảng vữa trần rơi xuống lớp học, phụ huynh rất lo lắng.",
                ],
                [
                    "Điểm trường chưa có nhà vệ sinh đạt chuẩn, các cháu phải dùng chung công trình tạm.",
                    "Nhà vệ sinh của điểm trường là công trình tạm, không bảo đảm vệ sinh cho các cháu.",
                ],
            ],
            [
                "kính đề nghị Quý cơ quan bố trí kinh phí sửa chữa, xây mới phòng học để bảo đảm an toàn cho các cháu.",
                "kính đề nghị Quý cơ quan khảo sát, đưa điểm trường vào danh mục đầu tư công trung hạn.",
            ],
            group: true),

        new("KNG.THANH_TOAN_BHYT", PetitionKind.Recommendation, PetitionFields.Health, 4,
            "Đề nghị thanh toán chi phí khám, chữa bệnh bảo hiểm y tế",
            [
                "kiến nghị được thanh toán chi phí khám, chữa bệnh theo chế độ bảo hiểm y tế",
                "đề nghị Quý cơ quan xem xét việc cơ quan bảo hiểm xã hội từ chối thanh toán chi phí điều trị bảo hiểm y tế của {Toi}",
            ],
            [
                [
                    "Ngày {EventDate}, {Toi} điều trị nội trú tại Bệnh viện Trung ương Thái Nguyên, có thẻ bảo hiểm y tế còn hạn.",
                    "{ToiCap} nằm điều trị tại Bệnh viện Trung ương Thái Nguyên từ ngày {EventDate}, thẻ bảo hiểm y tế vẫn còn giá trị sử dụng.",
                ],
                [
                    "Khi ra viện, {Toi} phải tự chi trả {Amount2} đồng tiền thuốc và vật tư với lý do ngoài danh mục được thanh toán.",
                    "Bệnh viện yêu cầu {Toi} tự trả {Amount2} đồng cho thuốc, vật tư y tế vì không thuộc danh mục bảo hiểm chi trả.",
                ],
                [
                    "{ToiCap} đã làm hồ sơ đề nghị thanh toán trực tiếp ngày {FollowDate} nhưng bị từ chối mà không nêu rõ căn cứ.",
                    "Hồ sơ đề nghị thanh toán trực tiếp nộp ngày {FollowDate} bị trả lại, không có giải thích cụ thể.",
                ],
            ],
            [
                "kính đề nghị Quý cơ quan xem xét, hướng dẫn và giải quyết thanh toán chi phí khám, chữa bệnh cho {Toi} theo đúng quy định.",
                "kính đề nghị Quý cơ quan kiểm tra và trả lời bằng văn bản về căn cứ từ chối thanh toán.",
            ]),

        new("KNG.DU_AN_CHAM", PetitionKind.Recommendation, PetitionFields.Business, 5,
            "Đề nghị xử lý dự án chậm triển khai tại {Locality}",
            [
                "kiến nghị về việc {Project} do {Company} làm chủ đầu tư đã thu hồi đất nhiều năm nhưng không triển khai",
                "đề nghị Quý cơ quan xử lý tình trạng {Project} bỏ hoang, chậm triển khai tại {Locality}, {Commune}",
            ],
            [
                [
                    "Năm {SinceYear}, Nhà nước thu hồi đất của nhiều hộ dân ở {Locality} để giao cho {Company} thực hiện dự án.",
                    "Đất của các hộ ở {Locality} đã bị thu hồi từ năm {SinceYear} để giao cho {Company} làm dự án.",
                ],
                [
                    "Đến nay dự án vẫn bỏ hoang, cỏ mọc um tùm, tường rào đổ nát, trong khi người dân không còn đất sản xuất.",
                    "Nhiều năm qua khu đất vẫn để hoang hóa, không có hạng mục nào được xây dựng, người dân mất đất sản xuất.",
                ],
                [
                    "Tại buổi tiếp xúc cử tri ngày {EventDate}, bà con đã kiến nghị nhưng chưa có câu trả lời cụ thể.",
                    "Bà con đã nêu ý kiến ở cuộc tiếp xúc cử tri ngày {EventDate}, song đến nay chưa thấy chuyển biến.",
                ],
            ],
            [
                "kính đề nghị Quý cơ quan kiểm tra, thu hồi dự án nếu chủ đầu tư vi phạm tiến độ và cho người dân tạm sử dụng đất để sản xuất.",
                "kính đề nghị Quý cơ quan xem xét xử lý dứt điểm dự án chậm triển khai theo quy định của Luật Đất đai và Luật Đầu tư.",
            ],
            group: true, sector: "Đầu tư Phát triển Đô thị"),

        new("KNG.THI_HANH_AN", PetitionKind.Recommendation, PetitionFields.JudgmentEnforcement, 5,
            "Đề nghị tổ chức thi hành bản án dân sự",
            [
                "kiến nghị về việc chậm tổ chức thi hành Bản án dân sự số {JudgmentNumber}/{DecisionYear}/DS-PT ngày {DecisionDate} của Tòa án nhân dân tỉnh Thái Nguyên",
                "đề nghị Quý cơ quan đôn đốc cơ quan thi hành án dân sự tổ chức thi hành Bản án số {JudgmentNumber}/{DecisionYear}/DS-PT ngày {DecisionDate}",
            ],
            [
                [
                    "Theo bản án đã có hiệu lực pháp luật, {Other} phải trả cho {Toi} số tiền {Amount} đồng.",
                    "Bản án nêu trên tuyên buộc {Other} có nghĩa vụ thanh toán cho {Toi} {Amount} đồng.",
                ],
                [
                    "Ngày {EventDate}, {Toi} đã nộp đơn yêu cầu thi hành án tại Phòng Thi hành án dân sự khu vực.",
                    "{ToiCap} nộp đơn yêu cầu thi hành án từ ngày {EventDate} và đã được ra quyết định thi hành án.",
                ],
                [
                    "Đến nay, người phải thi hành án vẫn có tài sản là nhà, đất và xe ô tô nhưng cơ quan thi hành án chưa kê biên, xử lý.",
                    "Dù {Other} có tài sản đủ để thi hành án, chấp hành viên vẫn chưa áp dụng biện pháp cưỡng chế nào.",
                ],
            ],
            [
                "kính đề nghị Quý cơ quan đôn đốc cơ quan thi hành án dân sự tổ chức thi hành dứt điểm bản án, bảo đảm quyền lợi hợp pháp của {Toi}.",
                "kính đề nghị Quý cơ quan kiểm tra việc tổ chức thi hành án và yêu cầu áp dụng biện pháp cưỡng chế theo quy định.",
            ],
            judgment: true),

        new("KNG.DIEN_NUOC", PetitionKind.Recommendation, PetitionFields.Other, 5,
            "Đề nghị cải tạo lưới điện và cấp nước sinh hoạt cho {Locality}",
            [
                "kiến nghị về tình trạng điện sinh hoạt yếu, thường xuyên mất điện và thiếu nước sạch ở {Locality}, {Commune}",
                "đề nghị Quý cơ quan quan tâm cải tạo lưới điện và đầu tư hệ thống nước sạch cho {Locality}",
            ],
            [
                [
                    "Từ ngày {EventDate}, điện ở {Locality} thường xuyên yếu, mất điện nhiều giờ vào buổi tối, các thiết bị điện trong nhà bị hỏng.",
                    "Nhiều tháng nay (từ khoảng ngày {EventDate}), điện ở {Locality} chập chờn, mất điện kéo dài vào giờ cao điểm.",
                ],
                [
                    "Trạm biến áp được xây dựng từ năm {SinceYear}, đến nay quá tải vì số hộ tăng nhiều.",
                    "Trạm biến áp có từ năm {SinceYear} không còn đáp ứng nhu cầu sử dụng của bà con.",
                ],
                [
                    "Nước giếng khoan bị nhiễm đá vôi, nhiều hộ phải mua nước bình để ăn uống.",
                    "Nguồn nước giếng nhiễm vôi, không dùng để ăn uống được, bà con phải mua nước.",
                ],
            ],
            [
                "kính đề nghị Quý cơ quan chỉ đạo ngành điện nâng cấp trạm biến áp và đầu tư hệ thống nước sạch cho bà con.",
                "kính đề nghị Quý cơ quan khảo sát thực tế, sớm có phương án cải tạo lưới điện và cấp nước sinh hoạt.",
            ],
            group: true),

        new("KNG.DICH_VU_CONG", PetitionKind.Recommendation, PetitionFields.AdministrativeProcedures, 3,
            "Đề nghị hỗ trợ người dân thực hiện dịch vụ công trực tuyến",
            [
                "kiến nghị về những khó khăn khi thực hiện thủ tục hành chính trên Cổng Dịch vụ công quốc gia sau khi sắp xếp đơn vị hành chính",
                "đề nghị Quý cơ quan hỗ trợ người dân thực hiện thủ tục hành chính trực tuyến tại {Commune}",
            ],
            [
                [
                    "Ngày {EventDate}, {Toi} nộp hồ sơ trực tuyến đề nghị cấp bản sao trích lục hộ tịch nhưng hệ thống báo lỗi địa chỉ do tên đơn vị hành chính cũ chưa được cập nhật.",
                    "Khi {Toi} nộp hồ sơ trực tuyến ngày {EventDate}, hệ thống không chấp nhận địa chỉ vì dữ liệu đơn vị hành chính mới chưa được cập nhật.",
                ],
                [
                    "Trụ sở tiếp nhận hồ sơ của xã nay ở xa, người cao tuổi đi lại rất khó khăn.",
                    "Sau sáp nhập, nơi tiếp nhận hồ sơ cách nhà {Toi} hơn 15 km, người già đi lại vất vả.",
                ],
                [
                    "{ToiCap} đã gọi đường dây nóng ngày {FollowDate} nhưng chưa được hướng dẫn cụ thể.",
                    "Ngày {FollowDate}, {Toi} gọi tổng đài hỗ trợ nhưng không được giải đáp.",
                ],
            ],
            [
                "kính đề nghị Quý cơ quan chỉ đạo cập nhật dữ liệu, bố trí điểm tiếp nhận lưu động và cán bộ hỗ trợ người dân.",
                "kính đề nghị Quý cơ quan khắc phục lỗi hệ thống và hướng dẫn để người dân nộp hồ sơ thuận tiện hơn.",
            ]),
    ];
}
