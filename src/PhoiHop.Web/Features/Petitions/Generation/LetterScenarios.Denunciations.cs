namespace PhoiHop.Features.Petitions.Generation;

internal static partial class LetterScenarios
{
    // Land is about half of denunciations (18+15+12 of 94); corruption, public works and the Party make most of the rest.
    private static LetterScenario[] Denunciations() =>
    [
        new("TC.SAN_LAP_DAT_LUA", PetitionKind.Denunciation, PetitionFields.LandManagement, 18,
            "Tố cáo việc san lấp, xây dựng trái phép trên đất trồng lúa tại {Locality}",
            [
                "tố cáo {Other} đã tự ý san lấp, xây dựng công trình trên đất trồng lúa tại {Locality}, {Commune} và việc buông lỏng quản lý của chính quyền địa phương",
                "tố cáo hành vi sử dụng đất sai mục đích của {Other} tại thửa đất số {Parcel}, tờ bản đồ số {Sheet}, {Locality}, {Commune}",
            ],
            [
                [
                    "Từ ngày {EventDate}, {Other} cho xe chở đất đá san lấp khoảng {AreaLost} m² ruộng lúa tại thửa đất số {Parcel}, tờ bản đồ số {Sheet} để xây nhà xưởng.",
                    "Khoảng {AreaLost} m² đất trồng lúa thuộc thửa đất số {Parcel}, tờ bản đồ số {Sheet} đã bị {Other} san lấp từ ngày {EventDate} và đang xây dựng nhà xưởng kiên cố.",
                ],
                [
                    "Việc san lấp làm tắc mương thủy lợi, nước không tiêu được, gây ngập úng ruộng của các hộ xung quanh.",
                    "Đất đá đổ xuống lấp mất đoạn mương tưới tiêu chung, khiến ruộng của nhiều hộ trong {Locality} bị ngập úng mỗi khi mưa.",
                ],
                [
                    "Người dân đã báo cáo với cán bộ địa chính và UBND {Commune} từ ngày {FollowDate} nhưng đến nay công trình vẫn tiếp tục được xây dựng.",
                    "Dù người dân đã phản ánh với chính quyền {Commune} từ ngày {FollowDate}, việc xây dựng vẫn diễn ra công khai, không bị lập biên bản hay đình chỉ.",
                ],
            ],
            [
                "kính đề nghị Quý cơ quan kiểm tra, xác minh, xử lý nghiêm hành vi vi phạm, buộc khôi phục lại hiện trạng đất và làm rõ trách nhiệm của cán bộ có liên quan.",
                "kính đề nghị Quý cơ quan cử đoàn kiểm tra thực tế, đình chỉ ngay việc xây dựng trái phép và xem xét trách nhiệm của những người đã bao che cho vi phạm.",
            ],
            subtype: DenunciationSubtype.StateManagement, group: true, anonymous: true),

        new("TC.LAP_KHONG_BOI_THUONG", PetitionKind.Denunciation, PetitionFields.LandRecovery, 15,
            "Tố cáo cán bộ lập hồ sơ bồi thường sai quy định tại {Project}",
            [
                "tố cáo {Other}, cán bộ địa chính {Commune}, đã lập khống hồ sơ bồi thường, hỗ trợ khi thu hồi đất thực hiện {Project}",
                "tố cáo việc {Other} (cán bộ địa chính {Commune}) lợi dụng nhiệm vụ được giao để kê khai sai diện tích, tài sản trong hồ sơ bồi thường của {Project}",
            ],
            [
                [
                    "Khi thu hồi đất thực hiện dự án, {Other} là người trực tiếp đo đạc, kiểm đếm và lập hồ sơ cho các hộ tại {Locality}.",
                    "{OtherCap} được giao trực tiếp kiểm đếm, lập hồ sơ bồi thường cho các hộ có đất bị thu hồi ở {Locality}.",
                ],
                [
                    "Thửa đất số {Parcel}, tờ bản đồ số {Sheet} là đất công do UBND xã quản lý, nhưng lại được lập hồ sơ bồi thường cho người nhà của {Other} với số tiền {Amount} đồng.",
                    "Người thân của {Other} được nhận {Amount} đồng tiền bồi thường cho thửa đất số {Parcel}, tờ bản đồ số {Sheet}, trong khi đây là đất công ích của xã.",
                ],
                [
                    "Ngoài ra, số lượng cây trồng, vật nuôi kê khai cho một số hộ quen biết cao gấp nhiều lần thực tế.",
                    "Cây cối, hoa màu của một số hộ có quan hệ thân quen được kê khai tăng lên nhiều lần so với thực tế, trong khi các hộ khác bị kiểm đếm thiếu.",
                ],
            ],
            [
                "kính đề nghị Quý cơ quan thanh tra, xác minh làm rõ, thu hồi số tiền chi sai cho Nhà nước và xử lý nghiêm cán bộ vi phạm theo quy định của pháp luật.",
                "kính đề nghị Quý cơ quan xác minh toàn bộ hồ sơ bồi thường của dự án, xử lý nghiêm {Other} và những người liên quan.",
            ],
            subtype: DenunciationSubtype.PublicDuty, anonymous: true, crimePercent: 20),

        new("TC.LAN_CHIEM_DAT_CONG", PetitionKind.Denunciation, PetitionFields.LandManagement, 12,
            "Tố cáo việc lấn chiếm đất công tại {Locality}",
            [
                "tố cáo {Other} lấn chiếm đất công tại {Locality}, {Commune} để xây dựng ki-ốt cho thuê",
                "tố cáo việc {Other} chiếm dụng trái phép đất công tại {Locality}, {Commune} mà chính quyền không xử lý",
            ],
            [
                [
                    "Khu đất khoảng {AreaLost} m² giáp thửa đất số {Parcel}, tờ bản đồ số {Sheet} là đất công do UBND {Commune} quản lý, trước đây dùng làm sân phơi chung của {Locality}.",
                    "Phần đất công rộng khoảng {AreaLost} m² cạnh thửa đất số {Parcel}, tờ bản đồ số {Sheet} vốn là sân phơi chung của bà con {Locality}, do UBND {Commune} quản lý.",
                ],
                [
                    "Từ ngày {EventDate}, {Other} tự ý rào chắn, xây dựng ki-ốt kiên cố và cho người khác thuê kinh doanh, thu lợi khoảng {Amount2} đồng mỗi tháng.",
                    "Ngày {EventDate}, {Other} cho dựng ki-ốt trên phần đất này rồi cho thuê lại với giá khoảng {Amount2} đồng/tháng.",
                ],
                [
                    "Người dân đã nhiều lần phản ánh tại các buổi họp thôn nhưng không được giải quyết; nhiều người cho rằng {Other} là người nhà của lãnh đạo xã.",
                    "Việc này bà con đã nêu ở nhiều cuộc họp xóm, nhưng vì {Other} có quan hệ họ hàng với lãnh đạo xã nên không ai xử lý.",
                ],
            ],
            [
                "kính đề nghị Quý cơ quan kiểm tra, buộc tháo dỡ công trình trái phép, trả lại đất công cho cộng đồng và xử lý trách nhiệm của người có liên quan.",
                "kính đề nghị Quý cơ quan xác minh, xử lý dứt điểm việc lấn chiếm và công khai kết quả cho nhân dân được biết.",
            ],
            subtype: DenunciationSubtype.StateManagement, group: true, anonymous: true),

        new("TC.NHAN_TIEN_CAP_SO", PetitionKind.Denunciation, PetitionFields.Bribery, 10,
            "Tố cáo cán bộ nhận tiền của người dân khi làm thủ tục cấp Giấy chứng nhận",
            [
                "tố cáo {Other}, cán bộ địa chính {Commune}, đã nhận tiền của người dân để làm thủ tục cấp Giấy chứng nhận quyền sử dụng đất",
                "tố cáo hành vi nhũng nhiễu, đòi tiền “bồi dưỡng” của {Other}, cán bộ địa chính {Commune}, khi giải quyết hồ sơ đất đai cho người dân",
            ],
            [
                [
                    "Ngày {EventDate}, khi {Toi} nộp hồ sơ đề nghị cấp Giấy chứng nhận cho thửa đất số {Parcel}, tờ bản đồ số {Sheet}, {Other} gợi ý phải có tiền “chi phí” thì hồ sơ mới nhanh.",
                    "Hồ sơ cấp Giấy chứng nhận thửa đất số {Parcel}, tờ bản đồ số {Sheet} của {Toi} nộp từ ngày {EventDate} bị {Other} giữ lại, yêu cầu phải “lo” chi phí.",
                ],
                [
                    "{ToiCap} đã phải đưa cho {Other} số tiền {Amount2} đồng tại nhà riêng, không có giấy biên nhận.",
                    "Vì cần giấy tờ để vay vốn, {Toi} buộc phải đưa {Amount2} đồng cho {Other}, việc đưa tiền có người chứng kiến.",
                ],
                [
                    "Nhiều hộ khác ở {Locality} cũng bị đòi tiền tương tự, có hộ phải đưa nhiều lần.",
                    "Theo {Toi} được biết, không chỉ {GiaDinhToi} mà nhiều hộ ở {Locality} cũng phải đưa tiền cho {Other} mới được giải quyết hồ sơ.",
                ],
            ],
            [
                "kính đề nghị Quý cơ quan xác minh, làm rõ hành vi của {Other}, xử lý nghiêm theo quy định của pháp luật và trả lại số tiền cho người dân.",
                "kính đề nghị Quý cơ quan điều tra, xác minh và xử lý nghiêm cán bộ có hành vi nhũng nhiễu, đồng thời giữ bí mật thông tin của người tố cáo.",
            ],
            subtype: DenunciationSubtype.PublicDuty, anonymous: true, crimePercent: 40),

        new("TC.THAM_O_DONG_GOP", PetitionKind.Denunciation, PetitionFields.Embezzlement, 10,
            "Tố cáo sai phạm trong quản lý tiền đóng góp làm đường giao thông nông thôn tại {Locality}",
            [
                "tố cáo {Other}, trưởng {Locality}, có dấu hiệu chiếm đoạt tiền đóng góp của nhân dân và kinh phí hỗ trợ làm đường bê tông nông thôn",
                "tố cáo việc {Other} (trưởng {Locality}, {Commune}) không công khai, sử dụng sai mục đích tiền đóng góp làm đường giao thông nông thôn",
            ],
            [
                [
                    "Theo chủ trương thống nhất tại cuộc họp ngày {EventDate}, mỗi hộ trong {Locality} đóng góp {Amount2} đồng để làm đường bê tông, cùng với kinh phí hỗ trợ của Nhà nước.",
                    "Tại cuộc họp ngày {EventDate}, bà con {Locality} thống nhất mỗi hộ góp {Amount2} đồng, cùng nguồn hỗ trợ của Nhà nước để bê tông hóa tuyến đường liên xóm.",
                ],
                [
                    "Tổng số tiền thu được khoảng {Amount} đồng nhưng con đường chỉ làm được một đoạn ngắn, mặt đường mỏng, đã nứt vỡ sau vài tháng.",
                    "Số tiền đã thu khoảng {Amount} đồng, nhưng tuyến đường làm xong rất kém chất lượng, chiều dày bê tông không đúng thiết kế.",
                ],
                [
                    "Đến nay {Other} không công khai thu chi, người dân đề nghị nhiều lần nhưng đều bị từ chối.",
                    "{OtherCap} không công bố sổ sách thu chi, khi người dân hỏi thì trả lời là đã chi hết.",
                ],
            ],
            [
                "kính đề nghị Quý cơ quan thanh tra, kiểm tra việc thu, chi và công khai kết quả cho nhân dân; nếu có sai phạm thì xử lý nghiêm và thu hồi tiền cho dân.",
                "kính đề nghị Quý cơ quan kiểm tra toàn bộ khoản thu chi, làm rõ trách nhiệm của {Other} và những người có liên quan.",
            ],
            subtype: DenunciationSubtype.PublicDuty, group: true, anonymous: true, crimePercent: 15),

        new("TC.NGHIEM_THU_CONG_TRINH", PetitionKind.Denunciation, PetitionFields.Construction, 6,
            "Tố cáo sai phạm trong thi công, nghiệm thu nhà văn hóa {Locality}",
            [
                "tố cáo {Company} thi công nhà văn hóa {Locality} không đúng thiết kế và việc nghiệm thu sai của Ban quản lý dự án {Commune}",
                "tố cáo việc nghiệm thu, thanh toán công trình nhà văn hóa {Locality}, {Commune} không đúng khối lượng thực tế thi công của {Company}",
            ],
            [
                [
                    "Công trình được khởi công ngày {EventDate} với tổng mức đầu tư khoảng {Amount} đồng từ ngân sách nhà nước.",
                    "Nhà văn hóa {Locality} khởi công từ ngày {EventDate}, tổng vốn đầu tư khoảng {Amount} đồng.",
                ],
                [
                    "Trong quá trình thi công, người dân thấy đơn vị thi công dùng thép nhỏ hơn thiết kế, bê tông trộn thủ công, không có giám sát thường xuyên.",
                    "Bà con chứng kiến việc thi công móng và cột bằng thép nhỏ, trộn bê tông thủ công và nhiều hôm không có cán bộ giám sát.",
                ],
                [
                    "Công trình mới bàn giao ngày {FollowDate} đã bị thấm dột, tường nứt nhiều chỗ.",
                    "Sau khi bàn giao ngày {FollowDate}, công trình đã xuất hiện vết nứt và thấm dột.",
                ],
            ],
            [
                "kính đề nghị Quý cơ quan kiểm tra, giám định chất lượng công trình, xử lý trách nhiệm của đơn vị thi công và những người đã ký nghiệm thu.",
                "kính đề nghị Quý cơ quan thanh tra toàn bộ hồ sơ nghiệm thu, thanh toán công trình và công khai kết quả cho nhân dân.",
            ],
            subtype: DenunciationSubtype.StateManagement, group: true, anonymous: true, sector: "Xây dựng"),

        new("TC.DANG_VIEN", PetitionKind.Denunciation, PetitionFields.Party, 5,
            "Tố cáo đảng viên vi phạm những điều đảng viên không được làm",
            [
                "tố cáo {Other}, Bí thư chi bộ {Locality}, có nhiều vi phạm về đạo đức, lối sống và lợi dụng vị trí để trục lợi",
                "tố cáo hành vi vi phạm của đảng viên {Other}, hiện là Bí thư chi bộ {Locality}, {Commune}",
            ],
            [
                [
                    "{OtherCap} thường xuyên tổ chức đánh bạc tại nhà riêng vào các buổi tối, gây mất trật tự trong khu dân cư.",
                    "Nhà riêng của {Other} thường xuyên là nơi tụ tập đánh bạc, nhiều người trong {Locality} đều biết.",
                ],
                [
                    "Ngày {EventDate}, {Other} tự ý cho thuê {AreaLost} m² đất công ích của thôn mà không đưa ra bàn bạc trong chi bộ và nhân dân.",
                    "Từ ngày {EventDate}, {AreaLost} m² đất công ích của {Locality} bị {Other} cho người quen thuê, tiền thuê không nộp vào quỹ chung.",
                ],
                [
                    "Những việc làm trên gây bức xúc trong nhân dân, ảnh hưởng đến uy tín của tổ chức đảng ở cơ sở.",
                    "Nhân dân rất bức xúc và giảm lòng tin vào chi bộ, nhưng đến nay chưa thấy tổ chức đảng nào xem xét.",
                ],
            ],
            [
                "kính đề nghị Quý cơ quan chuyển đơn đến Ủy ban kiểm tra cấp có thẩm quyền để xem xét, xử lý nghiêm đảng viên vi phạm.",
                "kính đề nghị cấp ủy có thẩm quyền kiểm tra, làm rõ và xử lý kỷ luật đảng viên {Other} theo Điều lệ Đảng.",
            ],
            subtype: DenunciationSubtype.PublicDuty, anonymous: true),

        new("TC.HIEU_TRUONG_LAM_THU", PetitionKind.Denunciation, PetitionFields.Education, 4,
            "Tố cáo hiệu trưởng lạm thu và thu chi sai quy định",
            [
                "tố cáo {Other}, Hiệu trưởng Trường Tiểu học {CommuneName}, về việc lạm thu các khoản ngoài quy định và thu chi không minh bạch",
                "tố cáo hành vi lạm thu, sử dụng sai các khoản đóng góp của cha mẹ học sinh của {Other}, Hiệu trưởng Trường Tiểu học {CommuneName}",
            ],
            [
                [
                    "Đầu năm học, nhà trường thu của mỗi học sinh khoảng {Amount2} đồng gồm nhiều khoản như tiền điều hòa, tiền vệ sinh, quỹ khuyến học mà không có văn bản hướng dẫn.",
                    "Ngay từ đầu năm học, mỗi học sinh phải nộp khoảng {Amount2} đồng cho nhiều khoản như máy điều hòa, vệ sinh, khuyến học, dù không có quy định.",
                ],
                [
                    "Cuộc họp phụ huynh ngày {EventDate} chỉ thông báo mức thu, không lấy ý kiến biểu quyết của cha mẹ học sinh.",
                    "Tại buổi họp phụ huynh ngày {EventDate}, nhà trường đưa ra mức thu sẵn, phụ huynh không được bàn bạc.",
                ],
                [
                    "Cuối năm, nhà trường không công khai quyết toán các khoản thu, tổng số tiền ước tính khoảng {Amount} đồng.",
                    "Tổng các khoản thu ước khoảng {Amount} đồng, nhưng đến nay chưa được công khai quyết toán.",
                ],
            ],
            [
                "kính đề nghị Quý cơ quan thanh tra việc thu, chi tại nhà trường, trả lại các khoản thu sai cho phụ huynh và xử lý trách nhiệm của người đứng đầu.",
                "kính đề nghị Quý cơ quan xác minh, chấn chỉnh việc lạm thu và công khai kết quả xử lý cho cha mẹ học sinh được biết.",
            ],
            subtype: DenunciationSubtype.PublicDuty, anonymous: true),

        new("TC.XA_THAI", PetitionKind.Denunciation, PetitionFields.Environment, 6,
            "Tố cáo {Company} xả thải gây ô nhiễm môi trường",
            [
                "tố cáo {Company} xả nước thải chưa qua xử lý ra suối tại {Locality}, {Commune}",
                "tố cáo hành vi xả thải trái phép ra môi trường của {Company} đóng tại {Locality}, {Commune}",
            ],
            [
                [
                    "Từ khoảng ngày {EventDate}, vào ban đêm công ty thường xả nước thải có màu đen, mùi hôi thối ra suối chảy qua {Locality}.",
                    "Nhiều đêm từ ngày {EventDate} đến nay, nước thải đen, bốc mùi từ công ty được xả thẳng ra con suối chảy qua {Locality}.",
                ],
                [
                    "Cá trong suối chết hàng loạt, nước không dùng để tưới được, nhiều hộ phải bỏ hoang ruộng.",
                    "Nguồn nước suối bị ô nhiễm nặng, cá chết nổi trắng, ruộng lúa ven suối bị ảnh hưởng.",
                ],
                [
                    "Người dân đã quay video, chụp ảnh làm bằng chứng và báo chính quyền {Commune} ngày {FollowDate} nhưng chưa thấy xử lý.",
                    "Ngày {FollowDate}, người dân đã gửi hình ảnh cho UBND {Commune}, nhưng công ty vẫn tiếp tục xả thải.",
                ],
            ],
            [
                "kính đề nghị Quý cơ quan kiểm tra đột xuất, lấy mẫu nước thải, xử lý nghiêm công ty vi phạm và buộc khắc phục hậu quả.",
                "kính đề nghị Quý cơ quan phối hợp với cơ quan chuyên môn về môi trường kiểm tra, đình chỉ hoạt động xả thải trái phép.",
            ],
            subtype: DenunciationSubtype.StateManagement, group: true, anonymous: true, sector: "Chế biến khoáng sản"),

        new("TC.BINH_XET_HO_NGHEO", PetitionKind.Denunciation, PetitionFields.SocialPolicy, 5,
            "Tố cáo việc bình xét hộ nghèo, hộ cận nghèo sai đối tượng",
            [
                "tố cáo {Other}, công chức văn hóa – xã hội {Commune}, đưa người thân không đủ điều kiện vào danh sách hộ nghèo để hưởng chính sách",
                "tố cáo việc {Other} (công chức văn hóa – xã hội {Commune}) lập danh sách hộ nghèo sai đối tượng, có dấu hiệu trục lợi chính sách",
            ],
            [
                [
                    "Trong đợt rà soát hộ nghèo ngày {EventDate}, một số hộ có nhà kiên cố, có ô tô vẫn được đưa vào danh sách hộ nghèo.",
                    "Danh sách hộ nghèo được lập sau đợt rà soát ngày {EventDate} có cả những hộ có nhà cao tầng, ô tô riêng.",
                ],
                [
                    "Trong khi đó, nhiều hộ thực sự khó khăn ở {Locality} lại bị loại khỏi danh sách mà không được giải thích.",
                    "Ngược lại, một số hộ già cả, ốm đau ở {Locality} thực sự khó khăn lại không có tên.",
                ],
                [
                    "Các hộ được đưa vào danh sách đều là người thân, họ hàng của {Other}, được nhận hỗ trợ tiền điện, thẻ bảo hiểm y tế và vay vốn ưu đãi.",
                    "Phần lớn các hộ được bình xét sai đều có quan hệ họ hàng với {Other} và đã được hưởng nhiều chính sách hỗ trợ.",
                ],
            ],
            [
                "kính đề nghị Quý cơ quan kiểm tra lại danh sách, đưa ra khỏi danh sách những hộ không đủ điều kiện và xử lý trách nhiệm cán bộ vi phạm.",
                "kính đề nghị Quý cơ quan tổ chức rà soát lại công khai, minh bạch và xử lý nghiêm người làm sai.",
            ],
            subtype: DenunciationSubtype.PublicDuty, group: true, anonymous: true),

        new("TC.KHONG_XU_LY_TIN_BAO", PetitionKind.Denunciation, PetitionFields.Investigation, 3,
            "Tố cáo cán bộ công an không giải quyết tin báo của công dân",
            [
                "tố cáo {Other}, cán bộ Công an {Commune}, có hành vi cố tình trì hoãn giải quyết tin báo về vụ việc con trai {Toi} bị đánh gây thương tích",
                "tố cáo việc {Other} (Công an {Commune}) thiếu trách nhiệm, không xử lý tin báo của {GiaDinhToi} về hành vi cố ý gây thương tích",
            ],
            [
                [
                    "Ngày {EventDate}, con trai {Toi} bị một nhóm thanh niên đánh gây thương tích phải nằm viện điều trị.",
                    "Con trai {Toi} bị hành hung, phải điều trị tại bệnh viện từ ngày {EventDate}.",
                ],
                [
                    "{ToiCap} đã trình báo ngay tại Công an {Commune}, nhưng {Other} chỉ ghi lời khai sơ sài, không lập biên bản khám nghiệm hiện trường.",
                    "Khi {Toi} đến trình báo, {Other} không lập biên bản đầy đủ, không thu giữ chứng cứ.",
                ],
                [
                    "Đến ngày {FollowDate}, vụ việc vẫn chưa được xử lý, những người gây thương tích vẫn đi lại bình thường và còn đe dọa gia đình.",
                    "Từ đó đến ngày {FollowDate}, {Toi} chưa nhận được thông báo nào về kết quả giải quyết tin báo.",
                ],
            ],
            [
                "kính đề nghị Quý cơ quan xem xét, chỉ đạo giải quyết tin báo theo đúng quy định của Bộ luật Tố tụng hình sự và xử lý trách nhiệm của cán bộ vi phạm.",
                "kính đề nghị Quý cơ quan kiểm tra việc giải quyết tin báo và xử lý nghiêm cán bộ thiếu trách nhiệm.",
            ],
            subtype: DenunciationSubtype.PublicDuty, crimePercent: 30),
    ];
}
