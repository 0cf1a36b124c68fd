using static PhoiHop.Features.Petitions.Generation.OtherParty;

namespace PhoiHop.Features.Petitions.Generation;

internal static partial class LetterScenarios
{
    // Land is about seven in ten complaints (weights 16+9+8+12+10+6 of 88), as the Inspectorate reports (see PetitionGenerator).
    private static LetterScenario[] Complaints() =>
    [
        new("KN.BOI_THUONG", PetitionKind.Complaint, PetitionFields.LandRecovery, 16,
            "Khiếu nại quyết định phê duyệt phương án bồi thường, hỗ trợ thực hiện {Project}",
            [
                "khiếu nại Quyết định số {Decision}/QĐ-UBND ngày {DecisionDate} của Chủ tịch UBND {Commune} về việc phê duyệt phương án bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất để thực hiện {Project}",
                "khiếu nại phương án bồi thường, hỗ trợ được phê duyệt tại Quyết định số {Decision}/QĐ-UBND ngày {DecisionDate} đối với phần đất của {GiaDinhToi} bị thu hồi để thực hiện {Project}",
            ],
            [
                [
                    "{GiaDinhToiCap} đang sử dụng ổn định thửa đất số {Parcel}, tờ bản đồ số {Sheet}, diện tích {Area} m² tại {Locality}, {Commune}, đã được cấp Giấy chứng nhận quyền sử dụng đất từ năm {SinceYear}.",
                    "Thửa đất số {Parcel}, tờ bản đồ số {Sheet} tại {Locality}, {Commune} (diện tích {Area} m²) là đất {GiaDinhToi} sử dụng liên tục từ năm {SinceYear}, có Giấy chứng nhận quyền sử dụng đất hợp pháp.",
                ],
                [
                    "Theo quyết định nêu trên, {GiaDinhToi} bị thu hồi {AreaLost} m² và chỉ được bồi thường, hỗ trợ tổng số tiền {Amount} đồng.",
                    "Phần diện tích bị thu hồi là {AreaLost} m², nhưng tổng số tiền bồi thường, hỗ trợ mà {GiaDinhToi} được nhận chỉ là {Amount} đồng.",
                ],
                [
                    "Đơn giá bồi thường này thấp hơn nhiều so với giá chuyển nhượng thực tế tại địa phương; đất liền kề cùng vị trí được mua bán với giá khoảng {Amount2} đồng/m².",
                    "Trong khi đó, đất cùng vị trí ở {Locality} hiện được chuyển nhượng trên thị trường với giá khoảng {Amount2} đồng/m², nên mức bồi thường như trên là không thỏa đáng.",
                ],
                [
                    "Ngoài ra, cây trồng, tường rào và công trình phụ trên đất chưa được kiểm đếm đầy đủ, nhiều hạng mục bị bỏ sót trong biên bản kiểm đếm ngày {EventDate}.",
                    "Biên bản kiểm đếm lập ngày {EventDate} còn bỏ sót nhiều cây trồng, tường bao và công trình phụ của {GiaDinhToi}, nên phương án bồi thường không đúng thực tế.",
                ],
            ],
            [
                "kính đề nghị Quý cơ quan xem xét, hủy bỏ Quyết định số {Decision}/QĐ-UBND, chỉ đạo kiểm đếm lại tài sản trên đất và áp dụng giá đất cụ thể sát với giá thị trường theo quy định của Luật Đất đai năm 2024.",
                "kính đề nghị Quý cơ quan xem xét lại phương án bồi thường, xác định lại giá đất cụ thể và bổ sung các khoản hỗ trợ còn thiếu để bảo đảm quyền lợi hợp pháp của {GiaDinhToi}.",
            ],
            complaintObject: ComplaintObject.AdministrativeDecision, group: true),

        new("KN.TAI_DINH_CU", PetitionKind.Complaint, PetitionFields.LandRecovery, 9,
            "Khiếu nại việc không được bố trí tái định cư khi thu hồi đất ở",
            [
                "khiếu nại Quyết định số {Decision}/QĐ-UBND ngày {DecisionDate} của Chủ tịch UBND {Commune} vì không bố trí đất tái định cư cho {GiaDinhToi} khi thu hồi đất ở để thực hiện {Project}",
                "khiếu nại việc UBND {Commune} không giao đất tái định cư cho {GiaDinhToi} sau khi đã thu hồi toàn bộ đất ở theo Quyết định số {Decision}/QĐ-UBND ngày {DecisionDate}",
            ],
            [
                [
                    "Thửa đất số {Parcel}, tờ bản đồ số {Sheet} tại {Locality} là nơi ở duy nhất của {GiaDinhToi}, có diện tích {Area} m², trong đó có {AreaLost} m² đất ở.",
                    "{GiaDinhToiCap} chỉ có một nơi ở duy nhất là thửa đất số {Parcel}, tờ bản đồ số {Sheet} ({Area} m², trong đó đất ở {AreaLost} m²) tại {Locality}, {Commune}.",
                ],
                [
                    "Ngày {EventDate}, {GiaDinhToi} đã bàn giao mặt bằng đúng tiến độ để phục vụ dự án.",
                    "Chấp hành chủ trương của Nhà nước, ngày {EventDate} {GiaDinhToi} đã tự tháo dỡ nhà cửa và bàn giao toàn bộ mặt bằng.",
                ],
                [
                    "Đến nay {GiaDinhToi} vẫn phải đi thuê nhà để ở nhưng chưa được giao đất tái định cư, cũng chưa được hỗ trợ tiền thuê nhà theo quy định.",
                    "Từ đó đến nay, {GiaDinhToi} phải ở nhờ nhà người thân, chưa được bố trí suất tái định cư và cũng không được nhận khoản hỗ trợ tạm cư nào.",
                ],
            ],
            [
                "kính đề nghị Quý cơ quan xem xét, bố trí đất tái định cư cho {GiaDinhToi} tại khu tái định cư của dự án và chi trả tiền hỗ trợ tạm cư trong thời gian chờ bố trí.",
                "kính đề nghị Quý cơ quan chỉ đạo UBND {Commune} sớm giao đất tái định cư cho {GiaDinhToi} theo đúng quy định của pháp luật về đất đai.",
            ],
            complaintObject: ComplaintObject.AdministrativeDecision, group: true),

        new("KN.KIEM_DEM", PetitionKind.Complaint, PetitionFields.LandRecovery, 8,
            "Khiếu nại việc kiểm đếm thiếu tài sản và không được hỗ trợ chuyển đổi nghề",
            [
                "khiếu nại hành vi của Tổ công tác giải phóng mặt bằng {Commune} trong việc kiểm đếm, lập hồ sơ bồi thường đối với thửa đất nông nghiệp của {GiaDinhToi}",
                "khiếu nại việc Tổ công tác giải phóng mặt bằng {Commune} lập hồ sơ bồi thường không đầy đủ, không tính hỗ trợ chuyển đổi nghề cho {GiaDinhToi}",
            ],
            [
                [
                    "{GiaDinhToiCap} được Nhà nước giao thửa đất số {Parcel}, tờ bản đồ số {Sheet}, diện tích {Area} m² đất trồng lúa tại {Locality} từ năm {SinceYear}.",
                    "Thửa đất số {Parcel}, tờ bản đồ số {Sheet} ({Area} m² đất trồng lúa) tại {Locality} là đất nông nghiệp Nhà nước giao cho {GiaDinhToi} từ năm {SinceYear}, là nguồn thu nhập chính của cả gia đình.",
                ],
                [
                    "Ngày {EventDate}, Tổ công tác tiến hành kiểm đếm nhưng không mời đầy đủ các thành viên trong hộ, biên bản không ghi nhận hệ thống mương tưới và {AreaLost} m² ao cá.",
                    "Khi kiểm đếm ngày {EventDate}, cán bộ chỉ đo đạc qua loa, bỏ sót {AreaLost} m² ao cá cùng hệ thống mương tưới do {GiaDinhToi} tự đầu tư.",
                ],
                [
                    "Trong phương án bồi thường, {GiaDinhToi} không được tính khoản hỗ trợ đào tạo, chuyển đổi nghề và tìm kiếm việc làm, trong khi các hộ khác cùng dự án đều được hỗ trợ.",
                    "Các hộ lân cận bị thu hồi đất cùng dự án đều được hỗ trợ chuyển đổi nghề, riêng {GiaDinhToi} thì không, dù đã nhiều lần hỏi nhưng không được giải thích rõ.",
                ],
            ],
            [
                "kính đề nghị Quý cơ quan chỉ đạo kiểm đếm lại, bổ sung đầy đủ tài sản bị bỏ sót và tính khoản hỗ trợ chuyển đổi nghề cho {GiaDinhToi} theo quy định.",
                "kính đề nghị Quý cơ quan xem xét, yêu cầu Tổ công tác lập lại hồ sơ bồi thường cho đúng thực tế và bảo đảm quyền lợi chính đáng của {GiaDinhToi}.",
            ],
            complaintObject: ComplaintObject.AdministrativeAct, group: true),

        new("KN.CHAM_CAP_GCN", PetitionKind.Complaint, PetitionFields.LandCertificate, 12,
            "Khiếu nại việc chậm cấp Giấy chứng nhận quyền sử dụng đất",
            [
                "khiếu nại hành vi chậm giải quyết hồ sơ đề nghị cấp Giấy chứng nhận quyền sử dụng đất của UBND {Commune} và Văn phòng đăng ký đất đai",
                "khiếu nại việc hồ sơ cấp Giấy chứng nhận quyền sử dụng đất lần đầu của {GiaDinhToi} bị kéo dài, không được giải quyết đúng thời hạn",
            ],
            [
                [
                    "Ngày {EventDate}, {Toi} đã nộp đầy đủ hồ sơ đề nghị cấp Giấy chứng nhận quyền sử dụng đất đối với thửa đất số {Parcel}, tờ bản đồ số {Sheet}, diện tích {Area} m² tại {Locality}, {Commune}.",
                    "{ToiCap} nộp hồ sơ xin cấp Giấy chứng nhận cho thửa đất số {Parcel}, tờ bản đồ số {Sheet} ({Area} m², tại {Locality}) từ ngày {EventDate}, có phiếu hẹn trả kết quả.",
                ],
                [
                    "Thửa đất do {GiaDinhToi} sử dụng ổn định từ năm {SinceYear}, không tranh chấp, phù hợp quy hoạch và đã được niêm yết công khai tại nhà văn hóa {Locality}.",
                    "Đất đã được {GiaDinhToi} khai hoang, sử dụng liên tục từ năm {SinceYear}, các hộ giáp ranh đều ký xác nhận không có tranh chấp.",
                ],
                [
                    "Đến ngày {FollowDate}, hồ sơ vẫn chưa được giải quyết; cán bộ tiếp nhận chỉ trả lời miệng là đang chờ xác minh mà không có văn bản nêu lý do.",
                    "Quá thời hạn hẹn đã lâu, {Toi} nhiều lần đến hỏi (lần gần nhất ngày {FollowDate}) nhưng chỉ được trả lời là hồ sơ còn vướng, không có văn bản hướng dẫn bổ sung.",
                ],
            ],
            [
                "kính đề nghị Quý cơ quan xem xét, chỉ đạo cơ quan chuyên môn giải quyết dứt điểm hồ sơ và cấp Giấy chứng nhận quyền sử dụng đất cho {GiaDinhToi} theo đúng quy định.",
                "kính đề nghị Quý cơ quan yêu cầu UBND {Commune} trả lời bằng văn bản lý do chậm cấp và hoàn thành việc cấp Giấy chứng nhận cho {GiaDinhToi}.",
            ],
            complaintObject: ComplaintObject.AdministrativeAct),

        new("KN.TRANH_CHAP", PetitionKind.Complaint, PetitionFields.LandDispute, 10,
            "Khiếu nại quyết định giải quyết tranh chấp đất đai với hộ {Other}",
            [
                "khiếu nại Quyết định số {Decision}/QĐ-UBND ngày {DecisionDate} của Chủ tịch UBND {Commune} về việc giải quyết tranh chấp đất đai giữa {GiaDinhToi} và hộ {Other}",
                "khiếu nại quyết định giải quyết tranh chấp đất đai số {Decision}/QĐ-UBND ngày {DecisionDate} do Chủ tịch UBND {Commune} ban hành, công nhận phần đất tranh chấp cho hộ {Other}",
            ],
            [
                [
                    "{GiaDinhToiCap} sử dụng thửa đất số {Parcel}, tờ bản đồ số {Sheet} tại {Locality}, {Commune} từ năm {SinceYear}, ranh giới với hộ {Other} là bờ rào tre có từ trước.",
                    "Thửa đất số {Parcel}, tờ bản đồ số {Sheet} ở {Locality} do bố mẹ {Toi} khai phá, để lại cho {GiaDinhToi} sử dụng từ năm {SinceYear}; giáp ranh phía sau là đất của hộ {Other}.",
                ],
                [
                    "Ngày {EventDate}, hộ {Other} tự ý phá bờ rào, xây tường lấn sang đất của {GiaDinhToi} khoảng {AreaLost} m².",
                    "Khoảng ngày {EventDate}, hộ {Other} đã dỡ bờ rào cũ và xây tường mới lấn chiếm khoảng {AreaLost} m² đất của {GiaDinhToi}.",
                ],
                [
                    "Quyết định nêu trên chỉ căn cứ vào bản đồ địa chính đo đạc sau này mà không xem xét quá trình sử dụng đất và lời khai của những người làm chứng.",
                    "Khi giải quyết, UBND {Commune} không xác minh nguồn gốc đất, không lấy ý kiến các hộ giáp ranh và người cao tuổi trong xóm, mà chỉ dựa vào bản đồ đo đạc lại.",
                ],
            ],
            [
                "kính đề nghị Quý cơ quan xem xét, hủy Quyết định số {Decision}/QĐ-UBND và giải quyết lại vụ tranh chấp một cách khách quan, công bằng.",
                "kính đề nghị Quý cơ quan thụ lý giải quyết khiếu nại lần hai, xác minh lại nguồn gốc, quá trình sử dụng đất và buộc hộ {Other} trả lại phần đất đã lấn chiếm.",
            ],
            complaintObject: ComplaintObject.AdministrativeDecision),

        new("KN.XU_PHAT_DAT", PetitionKind.Complaint, PetitionFields.LandManagement, 6,
            "Khiếu nại quyết định xử phạt vi phạm hành chính trong lĩnh vực đất đai",
            [
                "khiếu nại Quyết định số {Decision}/QĐ-XPHC ngày {DecisionDate} của Chủ tịch UBND {Commune} về việc xử phạt vi phạm hành chính và buộc khôi phục tình trạng ban đầu của đất",
                "khiếu nại việc Chủ tịch UBND {Commune} ra Quyết định số {Decision}/QĐ-XPHC ngày {DecisionDate} xử phạt {GiaDinhToi} với lý do tự ý chuyển mục đích sử dụng đất",
            ],
            [
                [
                    "{GiaDinhToiCap} có thửa đất số {Parcel}, tờ bản đồ số {Sheet}, diện tích {Area} m² tại {Locality}, trong đó có đất vườn liền kề với đất ở.",
                    "Thửa đất số {Parcel}, tờ bản đồ số {Sheet} của {GiaDinhToi} ở {Locality} rộng {Area} m², gồm đất ở và đất vườn trong cùng thửa.",
                ],
                [
                    "Ngày {EventDate}, {GiaDinhToi} san lấp khoảng {AreaLost} m² đất vườn để làm sân phơi và mái che tạm phục vụ sinh hoạt, không xây dựng nhà ở.",
                    "Khoảng {AreaLost} m² đất vườn được {GiaDinhToi} san gạt để làm sân và mái tôn tạm từ ngày {EventDate}, hoàn toàn không phải công trình kiên cố.",
                ],
                [
                    "UBND {Commune} cho rằng đây là hành vi tự ý chuyển mục đích sử dụng đất, phạt tiền {Amount} đồng và buộc tháo dỡ công trình là không đúng bản chất sự việc.",
                    "Việc xử phạt {Amount} đồng và buộc khôi phục lại tình trạng ban đầu của đất là quá nặng, trong khi nhiều hộ khác trong xóm làm tương tự nhưng không bị xử lý.",
                ],
            ],
            [
                "kính đề nghị Quý cơ quan xem xét, hủy bỏ Quyết định số {Decision}/QĐ-XPHC và hướng dẫn {GiaDinhToi} làm thủ tục chuyển mục đích sử dụng đất theo quy định.",
                "kính đề nghị Quý cơ quan xem xét lại toàn bộ vụ việc, bảo đảm xử lý công bằng giữa các hộ và miễn, giảm mức xử phạt cho {GiaDinhToi}.",
            ],
            complaintObject: ComplaintObject.AdministrativeDecision),

        new("KN.THAO_DO_NHA", PetitionKind.Complaint, PetitionFields.HousingAndProperty, 7,
            "Khiếu nại quyết định buộc tháo dỡ công trình nhà ở",
            [
                "khiếu nại Quyết định số {Decision}/QĐ-UBND ngày {DecisionDate} của Chủ tịch UBND {Commune} về việc buộc tháo dỡ công trình nhà ở của {GiaDinhToi}",
                "khiếu nại việc UBND {Commune} buộc {GiaDinhToi} tháo dỡ phần nhà đã xây dựng trên thửa đất số {Parcel}, tờ bản đồ số {Sheet}",
            ],
            [
                [
                    "Năm {SinceYear}, {GiaDinhToi} xây dựng căn nhà cấp bốn trên thửa đất số {Parcel}, tờ bản đồ số {Sheet} tại {Locality}, {Commune} và ở ổn định từ đó đến nay.",
                    "Căn nhà cấp bốn của {GiaDinhToi} trên thửa đất số {Parcel}, tờ bản đồ số {Sheet} ở {Locality} được xây dựng từ năm {SinceYear}, không ai có ý kiến gì.",
                ],
                [
                    "Ngày {EventDate}, {GiaDinhToi} sửa chữa, thay mái và làm thêm một gian bếp khoảng {AreaLost} m² trong khuôn viên đất của mình.",
                    "Do nhà xuống cấp, ngày {EventDate} {GiaDinhToi} thay mái và làm thêm gian bếp rộng khoảng {AreaLost} m² ngay trong phần đất của gia đình.",
                ],
                [
                    "UBND {Commune} cho rằng công trình xây dựng không phép và ra quyết định buộc tháo dỡ toàn bộ, gây thiệt hại ước tính khoảng {Amount} đồng.",
                    "Quyết định buộc tháo dỡ toàn bộ công trình, kể cả phần nhà cũ đã có từ trước, khiến {GiaDinhToi} thiệt hại khoảng {Amount} đồng và không còn chỗ ở.",
                ],
            ],
            [
                "kính đề nghị Quý cơ quan xem xét, hủy bỏ quyết định buộc tháo dỡ và hướng dẫn {GiaDinhToi} hoàn thiện thủ tục cấp phép xây dựng theo quy định.",
                "kính đề nghị Quý cơ quan tạm dừng việc cưỡng chế, kiểm tra lại thực tế và chỉ xử lý đúng phần cơi nới nếu có vi phạm.",
            ],
            complaintObject: ComplaintObject.AdministrativeDecision),

        new("KN.KY_LUAT", PetitionKind.Complaint, PetitionFields.CivilServantPolicy, 4,
            "Khiếu nại quyết định kỷ luật công chức",
            [
                "khiếu nại Quyết định số {Decision}/QĐ-UBND ngày {DecisionDate} của Chủ tịch UBND {Commune} về việc thi hành kỷ luật đối với {Toi}",
                "khiếu nại quyết định kỷ luật khiển trách số {Decision}/QĐ-UBND ngày {DecisionDate} mà Chủ tịch UBND {Commune} đã áp dụng đối với {Toi}",
            ],
            [
                [
                    "{ToiCap} là công chức văn phòng – thống kê của UBND {Commune}, công tác liên tục từ năm {SinceYear}, nhiều năm hoàn thành tốt nhiệm vụ.",
                    "Từ năm {SinceYear} đến nay, {Toi} công tác tại UBND {Commune} ở vị trí công chức văn phòng – thống kê và chưa từng bị xử lý kỷ luật.",
                ],
                [
                    "Ngày {EventDate}, {Toi} bị quy trách nhiệm về việc chậm trả kết quả một số hồ sơ hành chính, trong khi nguyên nhân là do phần mềm một cửa bị lỗi và việc bàn giao dữ liệu sau khi sắp xếp đơn vị hành chính.",
                    "Sự việc được nêu làm căn cứ kỷ luật là việc chậm trả hồ sơ ngày {EventDate}, nhưng thực tế do lỗi hệ thống phần mềm và khối lượng dữ liệu bàn giao sau sáp nhập quá lớn.",
                ],
                [
                    "Cuộc họp xem xét kỷ luật không cho {Toi} được trình bày đầy đủ ý kiến, biên bản họp không ghi nhận ý kiến giải trình của {Toi}.",
                    "Hội đồng kỷ luật không xem xét bản giải trình {Toi} đã nộp, quy trình xử lý không bảo đảm quyền được giải trình theo quy định.",
                ],
            ],
            [
                "kính đề nghị Quý cơ quan xem xét lại toàn bộ quy trình, hủy bỏ quyết định kỷ luật và khôi phục quyền lợi hợp pháp cho {Toi}.",
                "kính đề nghị Quý cơ quan xác minh khách quan nguyên nhân sự việc và xem xét hủy quyết định kỷ luật đối với {Toi}.",
            ],
            complaintObject: ComplaintObject.DisciplinaryDecision),

        new("KN.CHE_DO_NGHI_VIEC", PetitionKind.Complaint, PetitionFields.CivilServantPolicy, 4,
            "Khiếu nại về việc tính chế độ khi nghỉ việc do sắp xếp tổ chức bộ máy",
            [
                "khiếu nại Quyết định số {Decision}/QĐ-UBND ngày {DecisionDate} về việc giải quyết chế độ, chính sách đối với {Toi} theo Nghị định số 178/2024/NĐ-CP của Chính phủ",
                "khiếu nại việc tính thiếu thời gian công tác và số tiền trợ cấp của {Toi} khi nghỉ việc do sắp xếp tổ chức bộ máy theo Nghị định số 178/2024/NĐ-CP",
            ],
            [
                [
                    "{ToiCap} công tác tại {Commune} từ năm {SinceYear}, đóng bảo hiểm xã hội bắt buộc liên tục, đến ngày {EventDate} thì nghỉ việc theo nguyện vọng khi sắp xếp đơn vị hành chính cấp xã.",
                    "Sau khi sắp xếp đơn vị hành chính, {Toi} có đơn xin nghỉ việc và được chấp thuận từ ngày {EventDate}; thời gian công tác của {Toi} tính từ năm {SinceYear}.",
                ],
                [
                    "Tuy nhiên, quyết định nêu trên chỉ tính cho {Toi} số tiền trợ cấp {Amount} đồng, chưa tính thời gian công tác trước khi được tuyển dụng chính thức.",
                    "Số tiền trợ cấp được phê duyệt cho {Toi} là {Amount} đồng, thấp hơn khoảng {Amount2} đồng so với cách tính mà {Toi} được hướng dẫn, do bỏ sót thời gian hợp đồng trước đây.",
                ],
                [
                    "{ToiCap} đã có ý kiến với bộ phận tổ chức ngày {FollowDate} nhưng chưa được trả lời.",
                    "Ngày {FollowDate}, {Toi} đã hỏi lại bộ phận phụ trách tổ chức nhưng chỉ được trả lời chung chung, không có văn bản.",
                ],
            ],
            [
                "kính đề nghị Quý cơ quan xem xét, tính lại thời gian công tác và điều chỉnh số tiền trợ cấp cho {Toi} theo đúng quy định.",
                "kính đề nghị Quý cơ quan kiểm tra lại hồ sơ, ban hành quyết định điều chỉnh chế độ và chi trả phần chênh lệch cho {Toi}.",
            ],
            complaintObject: ComplaintObject.AdministrativeDecision),

        new("KN.TRO_CAP_XA_HOI", PetitionKind.Complaint, PetitionFields.SocialPolicy, 6,
            "Khiếu nại việc dừng chi trả trợ cấp xã hội hằng tháng",
            [
                "khiếu nại Quyết định số {Decision}/QĐ-UBND ngày {DecisionDate} của Chủ tịch UBND {Commune} về việc thôi hưởng trợ cấp xã hội hằng tháng đối với {OtherKin} {Toi}",
                "khiếu nại việc UBND {Commune} dừng chi trả trợ cấp xã hội hằng tháng cho {OtherKin} {Toi} theo Quyết định số {Decision}/QĐ-UBND ngày {DecisionDate}",
            ],
            [
                [
                    "{OtherKinCap} {Toi} là {Other}, đã ngoài 80 tuổi, sống tại {Locality}, {Commune}, không có lương hưu và được hưởng trợ cấp xã hội hằng tháng từ năm {SinceYear}.",
                    "{OtherKinCap} {Toi} ({Other}) năm nay đã ngoài 80 tuổi, hiện ở {Locality}, {Commune}, không có lương hưu hay trợ cấp bảo hiểm xã hội, được hưởng trợ cấp xã hội từ năm {SinceYear}.",
                ],
                [
                    "Từ ngày {EventDate}, UBND {Commune} dừng chi trả trợ cấp với lý do gia đình có người đủ điều kiện phụng dưỡng.",
                    "Lý do được nêu khi dừng trợ cấp từ ngày {EventDate} là {OtherKin} {Toi} có người có nghĩa vụ phụng dưỡng, nhưng thực tế {GiaDinhToi} cũng thuộc hộ cận nghèo.",
                ],
                [
                    "Việc rà soát không được thông báo công khai tại {Locality}, gia đình không được mời tham dự họp bình xét.",
                    "Trước khi cắt trợ cấp, không có cán bộ nào đến xác minh hoàn cảnh thực tế của gia đình, cũng không họp bình xét công khai ở {Locality}.",
                ],
            ],
            [
                "kính đề nghị Quý cơ quan xem xét, khôi phục chế độ trợ cấp xã hội hằng tháng cho {OtherKin} {Toi} và truy lĩnh số tiền chưa được chi trả.",
                "kính đề nghị Quý cơ quan chỉ đạo xác minh lại hoàn cảnh thực tế và tiếp tục chi trả trợ cấp cho {OtherKin} {Toi} theo quy định.",
            ],
            complaintObject: ComplaintObject.AdministrativeDecision, kin: Mother),

        new("KN.TIEN_SU_DUNG_DAT", PetitionKind.Complaint, PetitionFields.FinanceAndTax, 3,
            "Khiếu nại thông báo nộp tiền sử dụng đất",
            [
                "khiếu nại Thông báo số {Decision}/TB-THUE ngày {DecisionDate} của cơ quan thuế về việc nộp tiền sử dụng đất đối với thửa đất số {Parcel}, tờ bản đồ số {Sheet}",
                "khiếu nại việc cơ quan thuế xác định số tiền sử dụng đất {GiaDinhToi} phải nộp khi được cấp Giấy chứng nhận cho thửa đất số {Parcel}, tờ bản đồ số {Sheet}",
            ],
            [
                [
                    "{GiaDinhToiCap} sử dụng thửa đất nêu trên tại {Locality}, {Commune}, diện tích {Area} m², ổn định từ năm {SinceYear}.",
                    "Thửa đất rộng {Area} m² tại {Locality}, {Commune} do {GiaDinhToi} sử dụng liên tục từ năm {SinceYear}, có xác nhận của UBND xã về thời điểm sử dụng.",
                ],
                [
                    "Theo thông báo, {GiaDinhToi} phải nộp {Amount} đồng tiền sử dụng đất, tính theo giá đất tại thời điểm hiện nay.",
                    "Số tiền sử dụng đất mà {GiaDinhToi} được thông báo phải nộp là {Amount} đồng, áp theo bảng giá đất mới.",
                ],
                [
                    "{ToiCap} cho rằng cơ quan thuế chưa xem xét thời điểm bắt đầu sử dụng đất và diện tích trong hạn mức, nên số tiền phải nộp như vậy là không đúng.",
                    "Việc tính tiền như trên không xét đến thời điểm sử dụng đất và hạn mức công nhận đất ở, làm số tiền phải nộp tăng lên rất nhiều.",
                ],
            ],
            [
                "kính đề nghị Quý cơ quan xem xét, tính lại tiền sử dụng đất cho {GiaDinhToi} theo đúng thời điểm sử dụng đất và hạn mức đất ở.",
                "kính đề nghị Quý cơ quan chỉ đạo kiểm tra lại hồ sơ, điều chỉnh thông báo nộp tiền sử dụng đất cho đúng quy định.",
            ],
            complaintObject: ComplaintObject.AdministrativeDecision),

        new("KN.TU_CHOI_HO_SO", PetitionKind.Complaint, PetitionFields.AdministrativeProcedures, 3,
            "Khiếu nại việc từ chối tiếp nhận hồ sơ thủ tục hành chính",
            [
                "khiếu nại hành vi từ chối tiếp nhận hồ sơ đăng ký biến động đất đai của cán bộ Bộ phận một cửa {Commune}",
                "khiếu nại việc cán bộ tiếp nhận hồ sơ tại Trung tâm phục vụ hành chính công {Commune} không nhận hồ sơ của {Toi} mà không nêu lý do bằng văn bản",
            ],
            [
                [
                    "Ngày {EventDate}, {Toi} đến nộp hồ sơ đăng ký tặng cho quyền sử dụng đất đối với thửa đất số {Parcel}, tờ bản đồ số {Sheet} cho con trai.",
                    "{ToiCap} có nhu cầu làm thủ tục tặng cho con trai thửa đất số {Parcel}, tờ bản đồ số {Sheet} và đã mang hồ sơ đến nộp ngày {EventDate}.",
                ],
                [
                    "Cán bộ tiếp nhận yêu cầu bổ sung nhiều loại giấy tờ không có trong danh mục thủ tục đã công bố, sau đó trả lại hồ sơ mà không có phiếu hướng dẫn.",
                    "Hồ sơ bị trả lại nhiều lần với yêu cầu bổ sung giấy tờ ngoài quy định; {Toi} đề nghị ghi phiếu hướng dẫn thì cán bộ không đồng ý.",
                ],
                [
                    "Ngày {FollowDate}, {Toi} quay lại nộp lần nữa nhưng vẫn không được tiếp nhận.",
                    "Đến ngày {FollowDate}, sau nhiều lần đi lại, hồ sơ của {Toi} vẫn chưa được tiếp nhận.",
                ],
            ],
            [
                "kính đề nghị Quý cơ quan chỉ đạo tiếp nhận hồ sơ của {Toi} theo đúng thủ tục đã công bố và xem xét trách nhiệm của cán bộ liên quan.",
                "kính đề nghị Quý cơ quan kiểm tra, yêu cầu Bộ phận một cửa tiếp nhận, giải quyết hồ sơ và hướng dẫn {Toi} bằng văn bản nếu còn thiếu giấy tờ.",
            ],
            complaintObject: ComplaintObject.AdministrativeAct),
    ];
}
