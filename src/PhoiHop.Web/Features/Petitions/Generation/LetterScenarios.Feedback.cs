namespace PhoiHop.Features.Petitions.Generation;

internal static partial class LetterScenarios
{
    // Pollution, construction and land use lead feedback; land is about a fifth (10+8 of 83).
    private static LetterScenario[] Feedback() =>
    [
        new("PA.TRAI_LON", PetitionKind.Feedback, PetitionFields.Environment, 14,
            "Phản ánh trang trại chăn nuôi lợn gây ô nhiễm môi trường tại {Locality}",
            [
                "phản ánh việc trang trại chăn nuôi lợn của {Other} tại {Locality}, {Commune} gây ô nhiễm môi trường nghiêm trọng",
                "phản ánh tình trạng ô nhiễm mùi hôi, nước thải từ trang trại lợn của {Other} ảnh hưởng đến đời sống của người dân {Locality}",
            ],
            [
                [
                    "Trang trại nằm sát khu dân cư, quy mô hàng nghìn con lợn, hoạt động từ khoảng năm {SinceYear}.",
                    "Từ năm {SinceYear}, {Other} mở trang trại nuôi hàng nghìn con lợn ngay cạnh khu dân cư {Locality}.",
                ],
                [
                    "Mùi hôi thối bốc lên suốt ngày đêm, nhất là khi trời nồm, các hộ xung quanh không thể mở cửa, nhiều trẻ nhỏ bị ho, viêm họng.",
                    "Mùi hôi nồng nặc cả ngày lẫn đêm, trẻ em và người già trong xóm thường xuyên bị bệnh đường hô hấp.",
                ],
                [
                    "Nước thải chảy tràn ra mương thủy lợi và ruộng lúa; ngày {EventDate} nước thải còn tràn vào cả giếng nước của một số hộ.",
                    "Ngày {EventDate}, hầm biogas bị tràn, nước thải chảy xuống ruộng và giếng nước sinh hoạt của các hộ gần đó.",
                ],
            ],
            [
                "kính đề nghị Quý cơ quan kiểm tra, xử lý dứt điểm tình trạng ô nhiễm, buộc chủ trang trại đầu tư hệ thống xử lý chất thải hoặc di dời ra xa khu dân cư.",
                "kính đề nghị Quý cơ quan cử cán bộ về kiểm tra thực tế, quan trắc môi trường và xử lý nghiêm nếu có vi phạm.",
            ],
            group: true, anonymous: true),

        new("PA.KHAI_THAC_CAT", PetitionKind.Feedback, PetitionFields.Environment, 8,
            "Phản ánh tình trạng khai thác cát trái phép trên sông Cầu đoạn qua {Commune}",
            [
                "phản ánh tình trạng khai thác cát, sỏi trái phép trên sông Cầu đoạn chảy qua {Locality}, {Commune}",
                "phản ánh việc các tàu hút cát hoạt động trái phép trên sông Cầu, gây sạt lở đất ven sông tại {Locality}",
            ],
            [
                [
                    "Từ khoảng ngày {EventDate}, nhiều tàu hút cát hoạt động cả ban đêm, tiếng máy ồn ào, các bãi tập kết cát lấn ra đất canh tác ven sông.",
                    "Đêm nào cũng có tàu hút cát hoạt động từ khoảng ngày {EventDate}, cát được tập kết trái phép trên đất bãi ven sông.",
                ],
                [
                    "Bờ sông đã bị sạt lở khoảng {AreaLost} m², trong đó có một phần thửa đất số {Parcel}, tờ bản đồ số {Sheet} của {GiaDinhToi}.",
                    "Khoảng {AreaLost} m² đất ven sông đã sạt xuống sông, kể cả một phần thửa đất số {Parcel}, tờ bản đồ số {Sheet} của {GiaDinhToi}.",
                ],
                [
                    "Người dân đã báo cho chính quyền nhưng khi có đoàn kiểm tra thì tàu đã rời đi, sau đó lại hoạt động trở lại.",
                    "Mỗi lần có kiểm tra, các tàu lại di chuyển đi nơi khác rồi quay lại hoạt động, bà con rất bức xúc.",
                ],
            ],
            [
                "kính đề nghị Quý cơ quan chỉ đạo lực lượng chức năng kiểm tra, xử lý dứt điểm tình trạng khai thác cát trái phép và có biện pháp chống sạt lở.",
                "kính đề nghị Quý cơ quan phối hợp với công an tổ chức truy quét, xử lý nghiêm các đối tượng khai thác cát trái phép.",
            ],
            group: true, anonymous: true),

        new("PA.XAY_NHA_GAY_NUT", PetitionKind.Feedback, PetitionFields.Construction, 8,
            "Phản ánh việc xây dựng nhà ở làm nứt, lún nhà liền kề",
            [
                "phản ánh việc {Other} xây dựng nhà nhiều tầng tại {Locality}, {Commune} làm nứt, lún nhà của {GiaDinhToi}",
                "phản ánh công trình xây dựng của {Other} gây hư hỏng nhà ở của {GiaDinhToi} tại thửa đất số {Parcel}, tờ bản đồ số {Sheet}",
            ],
            [
                [
                    "Nhà {GiaDinhToi} ở thửa đất số {Parcel}, tờ bản đồ số {Sheet}, liền kề công trình nhà ở {Other} khởi công từ ngày {EventDate}.",
                    "Công trình của {Other} khởi công ngày {EventDate}, sát tường nhà {GiaDinhToi} tại thửa đất số {Parcel}, tờ bản đồ số {Sheet}.",
                ],
                [
                    "Trong quá trình đào móng, ép cọc, nhà {GiaDinhToi} bị nứt tường, sụt nền, cửa không đóng được.",
                    "Khi thi công phần móng, tường nhà {GiaDinhToi} xuất hiện nhiều vết nứt, nền nhà bị lún.",
                ],
                [
                    "{ToiCap} đã đề nghị hai bên thỏa thuận bồi thường nhưng {Other} không hợp tác, công trình vẫn tiếp tục thi công không có biện pháp che chắn.",
                    "Hai gia đình đã gặp nhau ngày {FollowDate} nhưng không thống nhất được việc khắc phục, bên xây dựng vẫn thi công bình thường.",
                ],
            ],
            [
                "kính đề nghị Quý cơ quan kiểm tra giấy phép xây dựng, tạm dừng thi công cho đến khi có biện pháp bảo đảm an toàn và giải quyết việc bồi thường.",
                "kính đề nghị Quý cơ quan cử cán bộ xuống lập biên bản hiện trạng, yêu cầu chủ công trình khắc phục thiệt hại cho {GiaDinhToi}.",
            ]),

        new("PA.SAN_LAP_PHAN_LO", PetitionKind.Feedback, PetitionFields.LandManagement, 10,
            "Phản ánh việc san lấp, phân lô trên đất nông nghiệp tại {Locality}",
            [
                "phản ánh tình trạng một số hộ tự ý san lấp đất ruộng, xây dựng nhà ở trái phép tại {Locality}, {Commune}",
                "phản ánh việc xây dựng công trình trái phép trên đất nông nghiệp ở {Locality} mà chưa được chính quyền xử lý",
            ],
            [
                [
                    "Từ ngày {EventDate}, tại khu đồng giáp thửa đất số {Parcel}, tờ bản đồ số {Sheet}, nhiều xe chở đất vào san lấp ruộng để phân lô.",
                    "Khu ruộng cạnh thửa đất số {Parcel}, tờ bản đồ số {Sheet} đã bị san lấp, chia lô từ khoảng ngày {EventDate}.",
                ],
                [
                    "Đã có khoảng {AreaLost} m² đất lúa bị san lấp, nhiều nhà tạm mọc lên, có dấu hiệu mua bán đất nông nghiệp trái phép.",
                    "Diện tích bị san lấp khoảng {AreaLost} m², đã có người dựng nhà tạm và rao bán đất phân lô.",
                ],
                [
                    "Việc san lấp làm thay đổi dòng chảy, ruộng của các hộ xung quanh bị ngập úng.",
                    "Ruộng xung quanh bị ảnh hưởng, nước không thoát được mỗi khi mưa to.",
                ],
            ],
            [
                "kính đề nghị Quý cơ quan kiểm tra, ngăn chặn kịp thời và xử lý nghiêm các trường hợp vi phạm.",
                "kính đề nghị Quý cơ quan chỉ đạo chính quyền cơ sở lập biên bản, buộc khôi phục hiện trạng đất nông nghiệp.",
            ],
            group: true, anonymous: true),

        new("PA.LAN_RANH_GIOI", PetitionKind.Feedback, PetitionFields.LandDispute, 8,
            "Phản ánh việc hộ liền kề lấn chiếm đất",
            [
                "phản ánh việc hộ {Other} lấn chiếm ranh giới thửa đất số {Parcel}, tờ bản đồ số {Sheet} của {GiaDinhToi}",
                "phản ánh tranh chấp ranh giới đất giữa {GiaDinhToi} và hộ {Other} tại {Locality}, {Commune} chưa được hòa giải",
            ],
            [
                [
                    "{GiaDinhToiCap} sử dụng thửa đất số {Parcel}, tờ bản đồ số {Sheet} tại {Locality}, diện tích {Area} m², có Giấy chứng nhận quyền sử dụng đất cấp năm {SinceYear}.",
                    "Thửa đất số {Parcel}, tờ bản đồ số {Sheet} của {GiaDinhToi} rộng {Area} m², đã được cấp Giấy chứng nhận từ năm {SinceYear}, ranh giới rõ ràng.",
                ],
                [
                    "Ngày {EventDate}, hộ {Other} tự ý dời cọc mốc, xây tường lấn sang khoảng {AreaLost} m².",
                    "Khoảng ngày {EventDate}, hộ {Other} nhổ cọc mốc cũ và xây tường rào lấn sang đất {GiaDinhToi} khoảng {AreaLost} m².",
                ],
                [
                    "{ToiCap} đã đề nghị hòa giải tại thôn ngày {FollowDate} nhưng không thành.",
                    "Buổi hòa giải ở cơ sở ngày {FollowDate} không có kết quả vì hộ {Other} không đồng ý.",
                ],
            ],
            [
                "kính đề nghị Quý cơ quan tổ chức hòa giải, đo đạc xác định lại mốc giới và yêu cầu hộ {Other} trả lại phần đất lấn chiếm.",
                "kính đề nghị Quý cơ quan cử cán bộ địa chính kiểm tra hiện trạng và giải quyết theo quy định.",
            ]),

        new("PA.MOT_CUA", PetitionKind.Feedback, PetitionFields.AdministrativeProcedures, 7,
            "Phản ánh thái độ làm việc và việc chậm trả kết quả tại Bộ phận một cửa",
            [
                "phản ánh về thái độ phục vụ và việc trả kết quả thủ tục hành chính chậm tại Trung tâm phục vụ hành chính công {Commune}",
                "phản ánh việc cán bộ Bộ phận một cửa {Commune} gây phiền hà, yêu cầu giấy tờ ngoài quy định",
            ],
            [
                [
                    "Ngày {EventDate}, {Toi} đến làm thủ tục đăng ký khai sinh cho cháu nội nhưng phải chờ cả buổi sáng mà không được tiếp nhận.",
                    "Sáng {EventDate}, {Toi} đến nộp hồ sơ đăng ký khai sinh cho cháu, chờ rất lâu vẫn không được giải quyết.",
                ],
                [
                    "Cán bộ tiếp nhận có thái độ thiếu tôn trọng, yêu cầu sao y, chứng thực nhiều giấy tờ không cần thiết.",
                    "Cán bộ trả lời cộc lốc, bắt nộp thêm các bản sao chứng thực không có trong quy định.",
                ],
                [
                    "Hồ sơ hẹn trả ngày {FollowDate} nhưng đến hạn vẫn chưa có kết quả, cũng không có phiếu xin lỗi và hẹn lại.",
                    "Đến ngày hẹn {FollowDate}, hồ sơ vẫn chưa xong, cán bộ không có văn bản xin lỗi hay hẹn lại.",
                ],
            ],
            [
                "kính đề nghị Quý cơ quan chấn chỉnh tác phong, thái độ phục vụ của cán bộ và giải quyết hồ sơ đúng hạn cho người dân.",
                "kính đề nghị Quý cơ quan kiểm tra, nhắc nhở cán bộ và công khai quy trình, thời hạn giải quyết thủ tục.",
            ],
            anonymous: true),

        new("PA.THU_QUY", PetitionKind.Feedback, PetitionFields.FinanceAndTax, 6,
            "Phản ánh việc thu các khoản đóng góp không công khai tại {Locality}",
            [
                "phản ánh việc {Locality} thu nhiều khoản đóng góp của nhân dân nhưng không công khai, minh bạch",
                "phản ánh về các khoản thu, quỹ ở {Locality}, {Commune} không được công khai cho người dân",
            ],
            [
                [
                    "Năm nay mỗi hộ phải nộp nhiều khoản như quỹ an ninh, quỹ khuyến học, tiền vệ sinh môi trường, tổng cộng khoảng {Amount2} đồng/hộ.",
                    "Mỗi hộ ở {Locality} năm nay phải đóng khoảng {Amount2} đồng cho các loại quỹ và tiền vệ sinh.",
                ],
                [
                    "Một số khoản thu không được họp dân bàn bạc, hộ nào chưa nộp thì bị gây khó khăn khi xin xác nhận giấy tờ.",
                    "Các khoản thu không thông qua họp dân; hộ chưa nộp thì bị làm khó khi đến xin xác nhận.",
                ],
                [
                    "Tại cuộc họp ngày {EventDate}, người dân đề nghị công khai thu chi nhưng không được trả lời.",
                    "Ở cuộc họp xóm ngày {EventDate}, bà con yêu cầu công khai sổ sách nhưng trưởng xóm không đáp ứng.",
                ],
            ],
            [
                "kính đề nghị Quý cơ quan kiểm tra việc thu, chi các khoản đóng góp và yêu cầu công khai theo quy định về thực hiện dân chủ ở cơ sở.",
                "kính đề nghị Quý cơ quan hướng dẫn, chấn chỉnh việc thu các khoản đóng góp tự nguyện, không để bắt buộc người dân.",
            ],
            group: true, anonymous: true),

        new("PA.KARAOKE", PetitionKind.Feedback, PetitionFields.CultureAndSociety, 5,
            "Phản ánh tình trạng hát karaoke gây ồn ào, mất trật tự tại {Locality}",
            [
                "phản ánh việc nhà {Other} tại {Locality}, {Commune} thường xuyên mở loa kéo hát karaoke gây ồn ào đến khuya",
                "phản ánh tình trạng ô nhiễm tiếng ồn do hát karaoke của hộ {Other} ảnh hưởng đến sinh hoạt của các hộ xung quanh",
            ],
            [
                [
                    "Từ ngày {EventDate} đến nay, gần như tối nào hộ {Other} cũng mở loa công suất lớn hát đến 23 giờ, có hôm quá nửa đêm.",
                    "Gần như mỗi tối từ ngày {EventDate}, hộ {Other} hát karaoke bằng loa kéo rất to đến khuya.",
                ],
                [
                    "Người già, trẻ nhỏ không ngủ được, học sinh không thể học bài.",
                    "Tiếng ồn làm người cao tuổi mất ngủ, các cháu học sinh không học được.",
                ],
                [
                    "Bà con đã nhắc nhở và báo công an xã nhưng tình trạng vẫn tiếp diễn.",
                    "Dù đã được nhắc nhở nhiều lần, hộ {Other} vẫn không chấm dứt.",
                ],
            ],
            [
                "kính đề nghị Quý cơ quan chỉ đạo kiểm tra, xử phạt theo quy định về tiếng ồn và bảo đảm trật tự trong khu dân cư.",
                "kính đề nghị Quý cơ quan có biện pháp xử lý dứt điểm để bà con được nghỉ ngơi.",
            ],
            anonymous: true),

        new("PA.LAM_THU_DAU_NAM", PetitionKind.Feedback, PetitionFields.Education, 5,
            "Phản ánh việc lạm thu đầu năm học tại Trường Trung học cơ sở {CommuneName}",
            [
                "phản ánh việc Trường Trung học cơ sở {CommuneName} thu nhiều khoản ngoài quy định vào đầu năm học",
                "phản ánh các khoản thu đầu năm học chưa đúng quy định tại Trường Trung học cơ sở {CommuneName}",
            ],
            [
                [
                    "Tại cuộc họp phụ huynh ngày {EventDate}, ban đại diện cha mẹ học sinh thông báo mỗi em phải nộp khoảng {Amount2} đồng cho nhiều khoản.",
                    "Ngày {EventDate}, phụ huynh được thông báo mỗi học sinh phải đóng khoảng {Amount2} đồng gồm nhiều khoản khác nhau.",
                ],
                [
                    "Trong đó có các khoản như mua ti vi, lắp điều hòa, tu sửa sân trường là những khoản không được thu theo quy định.",
                    "Nhiều khoản như mua ti vi, điều hòa, sửa sân trường đều bị yêu cầu phụ huynh đóng góp.",
                ],
                [
                    "Nhiều gia đình khó khăn ở {Locality} không đủ tiền nộp, các cháu bị nhắc nhở trước lớp.",
                    "Các gia đình khó khăn không nộp kịp thì con em bị nhắc tên trước lớp, rất tủi thân.",
                ],
            ],
            [
                "kính đề nghị Quý cơ quan kiểm tra, chấn chỉnh việc lạm thu và trả lại các khoản thu sai cho phụ huynh.",
                "kính đề nghị Quý cơ quan chỉ đạo ngành giáo dục rà soát các khoản thu đầu năm học tại nhà trường.",
            ],
            anonymous: true),

        new("PA.TRAM_Y_TE", PetitionKind.Feedback, PetitionFields.Health, 3,
            "Phản ánh chất lượng khám, chữa bệnh tại Trạm Y tế {CommuneName}",
            [
                "phản ánh về chất lượng khám, chữa bệnh và thái độ của nhân viên tại Trạm Y tế {CommuneName}",
                "phản ánh việc Trạm Y tế {CommuneName} thiếu thuốc bảo hiểm y tế và nhân viên không có mặt đúng giờ",
            ],
            [
                [
                    "Ngày {EventDate}, {Toi} đưa con đến trạm khám vì sốt cao nhưng đến 8 giờ sáng vẫn chưa có nhân viên trực.",
                    "Sáng {EventDate}, con {Toi} sốt cao, {Toi} đưa đến trạm y tế nhưng không có ai trực.",
                ],
                [
                    "Khi được khám, nhân viên chỉ kê đơn rồi bảo ra hiệu thuốc tư nhân mua vì trạm hết thuốc bảo hiểm.",
                    "Trạm không có thuốc bảo hiểm y tế, người bệnh phải tự đi mua thuốc bên ngoài.",
                ],
                [
                    "Tình trạng này kéo dài nhiều tháng, người dân phải lên tuyến trên khám chữa bệnh rất tốn kém.",
                    "Việc thiếu thuốc, thiếu người trực đã kéo dài, bà con rất vất vả khi phải đi xa khám bệnh.",
                ],
            ],
            [
                "kính đề nghị Quý cơ quan kiểm tra, bảo đảm thuốc và nhân lực trực tại trạm y tế phục vụ nhân dân.",
                "kính đề nghị Quý cơ quan chỉ đạo chấn chỉnh hoạt động của trạm y tế.",
            ],
            anonymous: true),

        new("PA.XE_QUA_TAI", PetitionKind.Feedback, PetitionFields.Construction, 6,
            "Phản ánh xe quá tải làm hư hỏng đường giao thông qua {Locality}",
            [
                "phản ánh tình trạng xe chở vật liệu quá tải của {Company} làm hư hỏng đường và gây bụi tại {Locality}, {Commune}",
                "phản ánh việc xe tải của {Company} chở quá tải, không che chắn, gây bụi bẩn và mất an toàn giao thông qua {Locality}",
            ],
            [
                [
                    "Từ ngày {EventDate}, hằng ngày có hàng chục lượt xe tải chở đất đá, vật liệu đi qua khu dân cư, không che chắn.",
                    "Mỗi ngày từ khoảng ngày {EventDate}, hàng chục xe tải chở đất đá chạy qua {Locality}, thùng xe không che bạt.",
                ],
                [
                    "Đường bê tông do nhân dân đóng góp xây dựng năm {SinceYear} nay đã bị vỡ nát nhiều đoạn.",
                    "Tuyến đường bê tông nhân dân góp tiền làm từ năm {SinceYear} đã bị cày nát.",
                ],
                [
                    "Bụi bay mù mịt vào nhà dân, đã xảy ra va chạm giao thông với học sinh đi xe đạp.",
                    "Bụi bẩn ảnh hưởng sức khỏe người dân, các cháu học sinh đi học rất nguy hiểm.",
                ],
            ],
            [
                "kính đề nghị Quý cơ quan kiểm tra tải trọng xe, yêu cầu doanh nghiệp sửa chữa đường và có biện pháp chống bụi.",
                "kính đề nghị Quý cơ quan chỉ đạo lực lượng chức năng xử lý xe quá tải và buộc doanh nghiệp khắc phục hư hỏng.",
            ],
            group: true, anonymous: true, sector: "Vật liệu xây dựng"),

        new("PA.CHO_THA_RONG", PetitionKind.Feedback, PetitionFields.Other, 3,
            "Phản ánh tình trạng chó thả rông không rọ mõm tại {Locality}",
            [
                "phản ánh tình trạng nhiều hộ nuôi chó thả rông, không tiêm phòng dại tại {Locality}, {Commune}",
                "phản ánh việc chó nuôi thả rông gây mất an toàn cho người dân ở {Locality}",
            ],
            [
                [
                    "Ngày {EventDate}, cháu nhỏ nhà {Toi} bị chó thả rông cắn phải đi tiêm phòng dại.",
                    "Hôm {EventDate}, con của {Toi} bị chó nhà hàng xóm cắn khi đi học về.",
                ],
                [
                    "Nhiều hộ không xích nhốt, không rọ mõm, chó chạy ra đường gây tai nạn giao thông.",
                    "Chó không được xích, không đeo rọ mõm, thường chạy ra đường.",
                ],
                [
                    "Thôn đã nhắc nhở nhưng chưa có biện pháp xử lý.",
                    "Việc nhắc nhở ở các cuộc họp thôn không có hiệu quả.",
                ],
            ],
            [
                "kính đề nghị Quý cơ quan chỉ đạo kiểm tra, xử lý các hộ vi phạm quy định về nuôi chó và tổ chức tiêm phòng dại.",
                "kính đề nghị Quý cơ quan có biện pháp quản lý chó nuôi để bảo đảm an toàn cho người dân.",
            ],
            anonymous: true),
    ];
}
