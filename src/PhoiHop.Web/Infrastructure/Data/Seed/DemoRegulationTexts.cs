using PhoiHop.Features.Regulations;

namespace PhoiHop.Infrastructure.Data.Seed;

/// <summary>
/// Illustrative texts of the three regulations of Thái Nguyên for the 2021–2026 term. The signed texts are not
/// public here: these are written for the demo and the UI marks them as sample text.
/// </summary>
/// <remarks>
/// Chapter titles carry only the name ("Những quy định chung"): the UI prints "Chương I". Article titles carry no
/// "Điều n." prefix: the UI numbers them. Clauses of an article are separated by "\n".
/// </remarks>
internal static class DemoRegulationTexts
{
    public static readonly RegulationText CouncilFront = new(
        "01/QCPH-HĐND-MTTQ",
        "Quy chế phối hợp công tác giữa Thường trực Hội đồng nhân dân tỉnh và Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh nhiệm kỳ 2021–2026",
        ["TTHDND-TN", "MTTQ-TN"],
        "Quy định nguyên tắc, nội dung, phương thức và trách nhiệm phối hợp giữa Thường trực HĐND tỉnh và Ban Thường trực "
        + "Ủy ban MTTQ tỉnh Thái Nguyên trong chuẩn bị kỳ họp, tiếp xúc cử tri, tiếp công dân, giám sát, phản biện xã hội "
        + "và xây dựng nghị quyết của HĐND tỉnh, áp dụng cho nhiệm kỳ 2021–2026. (Văn bản minh họa: nội dung do PhoiHop soạn để trình diễn, không phải văn bản đã ký.)",
        [
            new("Những quy định chung", [
                new("Phạm vi điều chỉnh và đối tượng áp dụng",
                    "1. Quy chế này quy định nguyên tắc, nội dung, phương thức và trách nhiệm phối hợp công tác giữa Thường trực Hội đồng nhân dân tỉnh (sau đây gọi là Thường trực HĐND tỉnh) và Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh (sau đây gọi là Ban Thường trực Ủy ban MTTQ tỉnh) nhiệm kỳ 2021–2026.\n"
                    + "2. Quy chế này áp dụng đối với Thường trực HĐND tỉnh, các Ban của HĐND tỉnh, Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh (sau đây gọi là Văn phòng Đoàn ĐBQH và HĐND tỉnh); Ban Thường trực Ủy ban MTTQ tỉnh, cơ quan chuyên trách tham mưu, giúp việc Ủy ban MTTQ tỉnh và các tổ chức chính trị - xã hội cấp tỉnh trong phạm vi được phân công.\n"
                    + "3. Những nội dung phối hợp không quy định tại Quy chế này được thực hiện theo Luật Mặt trận Tổ quốc Việt Nam, Luật Tổ chức chính quyền địa phương, Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân và các văn bản pháp luật có liên quan.",
                    CoordinationArea.General,
                    []),
                new("Nguyên tắc phối hợp",
                    "1. Việc phối hợp được thực hiện trên cơ sở tuân thủ Hiến pháp, pháp luật, đặt dưới sự lãnh đạo của Tỉnh ủy; tôn trọng chức năng, nhiệm vụ, quyền hạn và tính độc lập về tổ chức của mỗi bên.\n"
                    + "2. Phối hợp chặt chẽ, thường xuyên, kịp thời, công khai, dân chủ; không chồng chéo, không làm cản trở hoạt động bình thường của mỗi bên và của cơ quan, tổ chức có liên quan.\n"
                    + "3. Những vấn đề liên quan đến chức năng, nhiệm vụ của cả hai bên được trao đổi, thống nhất trước khi triển khai; trường hợp chưa thống nhất thì báo cáo Ban Thường vụ Tỉnh ủy xem xét, cho ý kiến.",
                    CoordinationArea.General,
                    []),
            ]),
            new("Nội dung và phương thức phối hợp", [
                new("Phối hợp trong việc chuẩn bị và tổ chức kỳ họp Hội đồng nhân dân tỉnh",
                    "1. Thường trực HĐND tỉnh mời Chủ tịch Ủy ban MTTQ tỉnh dự các kỳ họp HĐND tỉnh và các phiên họp của Thường trực HĐND tỉnh có nội dung liên quan; gửi giấy mời và tài liệu kỳ họp chậm nhất 07 ngày trước ngày khai mạc kỳ họp thường lệ.\n"
                    + "2. Tại mỗi kỳ họp thường lệ, Ban Thường trực Ủy ban MTTQ tỉnh thông báo về công tác Mặt trận tham gia xây dựng chính quyền và ý kiến, kiến nghị của cử tri và Nhân dân trong tỉnh; Thường trực HĐND tỉnh bố trí thời gian để trình bày thông báo tại phiên khai mạc.\n"
                    + "3. Ban Thường trực Ủy ban MTTQ tỉnh tham gia ý kiến về dự kiến chương trình kỳ họp, đề xuất những vấn đề cử tri quan tâm cần đưa ra xem xét, chất vấn tại kỳ họp.",
                    CoordinationArea.General,
                    [
                        new("TTHDND-TN", "MTTQ-TN",
                            "Gửi giấy mời và tài liệu kỳ họp HĐND tỉnh cho Ban Thường trực Ủy ban MTTQ tỉnh chậm nhất 07 ngày trước ngày khai mạc kỳ họp thường lệ.",
                            Recurrence.EachCouncilSession),
                        new("MTTQ-TN", "TTHDND-TN",
                            "Chuẩn bị và trình bày tại kỳ họp thông báo về công tác Mặt trận tham gia xây dựng chính quyền và ý kiến, kiến nghị của cử tri.",
                            Recurrence.EachCouncilSession),
                    ]),
                new("Phối hợp tổ chức tiếp xúc cử tri",
                    "1. Trước và sau mỗi kỳ họp thường lệ của HĐND tỉnh, Thường trực HĐND tỉnh xây dựng kế hoạch tiếp xúc cử tri của đại biểu HĐND tỉnh và gửi Ban Thường trực Ủy ban MTTQ tỉnh chậm nhất 15 ngày trước ngày bắt đầu đợt tiếp xúc cử tri.\n"
                    + "2. Ban Thường trực Ủy ban MTTQ tỉnh hướng dẫn Ban Thường trực Ủy ban MTTQ các huyện, thành phố, thị xã và các xã, phường, thị trấn nơi đại biểu ứng cử phối hợp chuẩn bị địa điểm, mời thành phần cử tri và chủ trì hội nghị tiếp xúc cử tri theo quy định.\n"
                    + "3. Chậm nhất 10 ngày sau khi kết thúc đợt tiếp xúc cử tri, Văn phòng Đoàn ĐBQH và HĐND tỉnh phối hợp với cơ quan chuyên trách của Ủy ban MTTQ tỉnh tổng hợp, phân loại ý kiến, kiến nghị của cử tri để Thường trực HĐND tỉnh chuyển đến cơ quan có thẩm quyền giải quyết.\n"
                    + "4. Thường trực HĐND tỉnh theo dõi, đôn đốc việc giải quyết, trả lời kiến nghị của cử tri và báo cáo kết quả tại kỳ họp thường lệ tiếp theo; Ban Thường trực Ủy ban MTTQ tỉnh phối hợp thông tin kết quả trả lời đến cử tri.",
                    CoordinationArea.VoterContact,
                    [
                        new("TTHDND-TN", "MTTQ-TN",
                            "Gửi kế hoạch tiếp xúc cử tri trước và sau kỳ họp cho Ban Thường trực Ủy ban MTTQ tỉnh chậm nhất 15 ngày trước ngày bắt đầu đợt tiếp xúc.",
                            Recurrence.EachCouncilSession),
                        new("MTTQ-TN", "TTHDND-TN",
                            "Hướng dẫn Ủy ban MTTQ cấp huyện, cấp xã tổ chức và chủ trì hội nghị tiếp xúc cử tri của đại biểu HĐND tỉnh trước và sau mỗi kỳ họp.",
                            Recurrence.EachCouncilSession),
                        new("VPDDBQH-HDND-TN", "MTTQ-TN",
                            "Tổng hợp, phân loại ý kiến, kiến nghị của cử tri chậm nhất 10 ngày sau khi kết thúc đợt tiếp xúc cử tri.",
                            Recurrence.EachCouncilSession),
                    ]),
                new("Phối hợp trong công tác tiếp công dân, giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh",
                    "1. Thường trực HĐND tỉnh bố trí đại biểu HĐND tỉnh, Ban Thường trực Ủy ban MTTQ tỉnh cử cán bộ tham gia tiếp công dân định kỳ tại Trụ sở tiếp công dân tỉnh theo lịch do Ban Tiếp công dân tỉnh thông báo; cùng tham gia tiếp công dân đột xuất đối với vụ việc phức tạp, đông người.\n"
                    + "2. Đơn khiếu nại, tố cáo, kiến nghị, phản ánh mà mỗi bên tiếp nhận không thuộc thẩm quyền giải quyết được phân loại, xử lý trong thời hạn 10 ngày làm việc kể từ ngày nhận: hướng dẫn công dân hoặc chuyển đến cơ quan có thẩm quyền kèm văn bản đề nghị xem xét, giải quyết; đơn tố cáo có cùng nội dung chỉ chuyển một lần.\n"
                    + "3. Trường hợp cùng một đơn được gửi đồng thời đến cả hai bên, Văn phòng Đoàn ĐBQH và HĐND tỉnh và cơ quan chuyên trách của Ủy ban MTTQ tỉnh thống nhất một bên chuyển đơn, bên còn lại theo dõi kết quả giải quyết, không chuyển trùng.\n"
                    + "4. Hằng tháng, hai bên trao đổi thông tin về tình hình tiếp nhận, xử lý đơn và các vụ việc khiếu nại, tố cáo phức tạp, kéo dài để thống nhất đôn đốc hoặc đưa vào nội dung giám sát.",
                    CoordinationArea.CitizenReceptionAndPetitions,
                    [
                        new("TTHDND-TN", "BTCD-TN",
                            "Bố trí đại biểu HĐND tỉnh tham gia tiếp công dân định kỳ tại Trụ sở tiếp công dân tỉnh theo lịch hằng tháng.",
                            Recurrence.Monthly),
                        new("MTTQ-TN", null,
                            "Hướng dẫn công dân hoặc chuyển đơn không thuộc thẩm quyền đến cơ quan có thẩm quyền trong thời hạn 10 ngày làm việc và theo dõi kết quả giải quyết.",
                            Recurrence.AsNeeded),
                        new("VPDDBQH-HDND-TN", "MTTQ-TN",
                            "Trao đổi danh sách đơn đã chuyển, tình hình giải quyết và các vụ việc phức tạp, kéo dài với cơ quan chuyên trách của Ủy ban MTTQ tỉnh.",
                            Recurrence.Monthly),
                    ]),
                new("Phối hợp giám sát và phản biện xã hội",
                    "1. Trong quý IV hằng năm, Thường trực HĐND tỉnh gửi dự kiến chương trình giám sát năm sau của HĐND tỉnh và Thường trực HĐND tỉnh đến Ban Thường trực Ủy ban MTTQ tỉnh; Ban Thường trực Ủy ban MTTQ tỉnh trao đổi, thống nhất với Thường trực HĐND tỉnh kế hoạch giám sát của Ủy ban MTTQ tỉnh trước ngày 15 tháng 12 để tránh chồng chéo.\n"
                    + "2. Thường trực HĐND tỉnh mời đại diện Ban Thường trực Ủy ban MTTQ tỉnh tham gia các đoàn giám sát, khảo sát của HĐND tỉnh; Ban Thường trực Ủy ban MTTQ tỉnh mời đại diện Thường trực HĐND tỉnh dự hội nghị giám sát, phản biện xã hội của Mặt trận khi cần thiết.\n"
                    + "3. Đối với kiến nghị sau giám sát của Ủy ban MTTQ tỉnh mà cơ quan, tổ chức có thẩm quyền không trả lời trong thời hạn 30 ngày kể từ ngày nhận được hoặc trả lời chưa thỏa đáng, Thường trực HĐND tỉnh xem xét, đôn đốc hoặc đưa vào nội dung giám sát, chất vấn.\n"
                    + "4. Định kỳ 6 tháng, Thường trực HĐND tỉnh nghe Ban Thường trực Ủy ban MTTQ tỉnh báo cáo kết quả giám sát và tình hình giải quyết kiến nghị sau giám sát.",
                    CoordinationArea.SupervisionAndSocialCriticism,
                    [
                        new("TTHDND-TN", "MTTQ-TN",
                            "Gửi dự kiến chương trình giám sát năm sau của HĐND tỉnh và Thường trực HĐND tỉnh đến Ban Thường trực Ủy ban MTTQ tỉnh trong quý IV.",
                            Recurrence.Yearly),
                        new("MTTQ-TN", "TTHDND-TN",
                            "Trao đổi, thống nhất kế hoạch giám sát năm sau của Ủy ban MTTQ tỉnh với Thường trực HĐND tỉnh trước ngày 15 tháng 12.",
                            Recurrence.Yearly),
                        new("TTHDND-TN", "MTTQ-TN",
                            "Nghe Ban Thường trực Ủy ban MTTQ tỉnh báo cáo kết quả giám sát và đôn đốc giải quyết kiến nghị sau giám sát.",
                            Recurrence.SixMonthly),
                    ]),
                new("Phối hợp trong xây dựng văn bản quy phạm pháp luật",
                    "1. Thường trực HĐND tỉnh đề nghị cơ quan chủ trì soạn thảo gửi dự thảo nghị quyết quy phạm pháp luật của HĐND tỉnh có liên quan đến quyền, nghĩa vụ của Nhân dân đến Ủy ban MTTQ tỉnh để lấy ý kiến, phản biện xã hội chậm nhất 15 ngày trước ngày trình.\n"
                    + "2. Ban Thường trực Ủy ban MTTQ tỉnh tổ chức lấy ý kiến các tổ chức thành viên, Hội đồng tư vấn, chuyên gia và gửi văn bản góp ý, phản biện xã hội đúng thời hạn được đề nghị.\n"
                    + "3. Khi thẩm tra dự thảo nghị quyết, các Ban của HĐND tỉnh xem xét báo cáo tiếp thu, giải trình ý kiến góp ý, phản biện của Ủy ban MTTQ tỉnh; ý kiến không được tiếp thu phải được giải trình rõ lý do.",
                    CoordinationArea.LegalDrafting,
                    [
                        new("TTHDND-TN", "MTTQ-TN",
                            "Yêu cầu cơ quan soạn thảo gửi dự thảo nghị quyết đến Ủy ban MTTQ tỉnh chậm nhất 15 ngày trước ngày trình và kiểm tra việc tiếp thu, giải trình khi thẩm tra.",
                            Recurrence.AsNeeded),
                        new("MTTQ-TN", "TTHDND-TN",
                            "Gửi văn bản góp ý, phản biện xã hội đối với dự thảo nghị quyết của HĐND tỉnh đúng thời hạn được đề nghị.",
                            Recurrence.AsNeeded),
                    ]),
                new("Phối hợp tuyên truyền, vận động và các phong trào thi đua, cuộc vận động",
                    "1. Hai bên phối hợp tuyên truyền, phổ biến nghị quyết của HĐND tỉnh, chủ trương của Đảng, chính sách, pháp luật của Nhà nước đến các tầng lớp Nhân dân; vận động Nhân dân tham gia thực hiện và giám sát việc thực hiện các nghị quyết.\n"
                    + "2. Thường trực HĐND tỉnh vận động đại biểu HĐND tỉnh tham gia các phong trào thi đua, cuộc vận động do Ủy ban MTTQ tỉnh chủ trì, nhất là Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”, Quỹ “Vì người nghèo” và Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư (18 tháng 11).\n"
                    + "3. Ban Thường trực Ủy ban MTTQ tỉnh phản ánh với Thường trực HĐND tỉnh những vấn đề phát sinh trong thực hiện các phong trào, cuộc vận động cần HĐND tỉnh xem xét ban hành cơ chế, chính sách hỗ trợ.",
                    CoordinationArea.Mobilisation,
                    [
                        new("TTHDND-TN", "MTTQ-TN",
                            "Phân công đại biểu HĐND tỉnh tham dự Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư dịp 18 tháng 11.",
                            Recurrence.Yearly),
                        new("MTTQ-TN", "TTHDND-TN",
                            "Thông báo kết quả các phong trào thi đua, cuộc vận động và đề xuất cơ chế, chính sách cần HĐND tỉnh xem xét.",
                            Recurrence.Yearly),
                    ]),
                new("Chế độ thông tin, báo cáo",
                    "1. Thường trực HĐND tỉnh gửi Ban Thường trực Ủy ban MTTQ tỉnh chương trình công tác năm, kế hoạch tổ chức các kỳ họp và thông báo kết luận các phiên họp của Thường trực HĐND tỉnh có nội dung liên quan.\n"
                    + "2. Ban Thường trực Ủy ban MTTQ tỉnh gửi Thường trực HĐND tỉnh chương trình phối hợp và thống nhất hành động năm, báo cáo 6 tháng, báo cáo năm về công tác Mặt trận và kết quả giám sát, phản biện xã hội.\n"
                    + "3. Văn phòng Đoàn ĐBQH và HĐND tỉnh và cơ quan chuyên trách của Ủy ban MTTQ tỉnh là đầu mối trao đổi thông tin; việc trao đổi được thực hiện bằng văn bản hoặc qua hệ thống thông tin điện tử dùng chung.",
                    CoordinationArea.General,
                    [
                        new("TTHDND-TN", "MTTQ-TN",
                            "Gửi chương trình công tác năm của HĐND tỉnh và Thường trực HĐND tỉnh cho Ban Thường trực Ủy ban MTTQ tỉnh.",
                            Recurrence.Yearly),
                        new("MTTQ-TN", "TTHDND-TN",
                            "Gửi báo cáo 6 tháng, báo cáo năm về công tác Mặt trận và kết quả giám sát, phản biện xã hội cho Thường trực HĐND tỉnh.",
                            Recurrence.SixMonthly),
                    ]),
                new("Chế độ họp, sơ kết, tổng kết",
                    "1. Định kỳ hằng quý, Thường trực HĐND tỉnh và Ban Thường trực Ủy ban MTTQ tỉnh họp liên tịch để đánh giá kết quả phối hợp và thống nhất nội dung phối hợp quý tiếp theo; trường hợp cần thiết, một bên đề nghị họp đột xuất.\n"
                    + "2. Hằng năm, hai bên sơ kết việc thực hiện Quy chế gắn với tổng kết công tác năm, hoàn thành trong tháng 12; khi kết thúc nhiệm kỳ, hai bên tổng kết việc thực hiện Quy chế và đề xuất sửa đổi, bổ sung cho nhiệm kỳ sau.\n"
                    + "3. Văn phòng Đoàn ĐBQH và HĐND tỉnh và cơ quan chuyên trách của Ủy ban MTTQ tỉnh chuẩn bị nội dung, tài liệu các cuộc họp, hội nghị sơ kết, tổng kết.",
                    CoordinationArea.General,
                    [
                        new("TTHDND-TN", "MTTQ-TN",
                            "Tổ chức họp liên tịch hằng quý để đánh giá kết quả phối hợp và thống nhất nội dung phối hợp quý tiếp theo.",
                            Recurrence.Quarterly),
                        new("MTTQ-TN", "TTHDND-TN",
                            "Chủ trì chuẩn bị báo cáo sơ kết hằng năm việc thực hiện Quy chế, hoàn thành trong tháng 12.",
                            Recurrence.Yearly),
                        new("TTHDND-TN", "MTTQ-TN",
                            "Chủ trì tổng kết việc thực hiện Quy chế khi kết thúc nhiệm kỳ 2021–2026.",
                            Recurrence.EndOfTerm),
                    ]),
            ]),
            new("Tổ chức thực hiện", [
                new("Trách nhiệm thi hành",
                    "1. Thường trực HĐND tỉnh và Ban Thường trực Ủy ban MTTQ tỉnh chỉ đạo triển khai thực hiện Quy chế này; giao Văn phòng Đoàn ĐBQH và HĐND tỉnh và cơ quan chuyên trách tham mưu, giúp việc Ủy ban MTTQ tỉnh theo dõi, đôn đốc, tổng hợp kết quả thực hiện.\n"
                    + "2. Kinh phí bảo đảm cho các hoạt động phối hợp được bố trí trong dự toán ngân sách hằng năm của mỗi bên theo quy định của pháp luật về ngân sách nhà nước.\n"
                    + "3. Thường trực HĐND và Ban Thường trực Ủy ban MTTQ các huyện, thành phố, thị xã căn cứ Quy chế này xây dựng quy chế phối hợp ở cấp mình cho phù hợp với tình hình thực tế.",
                    CoordinationArea.General,
                    [
                        new("VPDDBQH-HDND-TN", "MTTQ-TN",
                            "Theo dõi, tổng hợp tình hình thực hiện Quy chế phục vụ sơ kết hằng năm.",
                            Recurrence.Yearly),
                    ]),
                new("Hiệu lực thi hành",
                    "1. Quy chế này có hiệu lực thi hành kể từ ngày ký và thay thế Quy chế phối hợp công tác giữa Thường trực HĐND tỉnh và Ban Thường trực Ủy ban MTTQ tỉnh nhiệm kỳ 2016–2021.\n"
                    + "2. Trong quá trình thực hiện, nếu có vướng mắc hoặc cần sửa đổi, bổ sung, hai bên trao đổi, thống nhất bằng văn bản.",
                    CoordinationArea.General,
                    []),
            ]),
        ]);

    public static readonly RegulationText CommitteeFront = new(
        "02/QCPH-UBND-MTTQ",
        "Quy chế phối hợp công tác giữa Ủy ban nhân dân tỉnh và Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh nhiệm kỳ 2021–2026",
        ["UBND-TN", "MTTQ-TN"],
        "Quy định nguyên tắc, nội dung, phương thức và trách nhiệm phối hợp giữa UBND tỉnh và Ủy ban MTTQ tỉnh Thái Nguyên "
        + "trong thực hiện nhiệm vụ kinh tế - xã hội, tiếp công dân, giải quyết đơn thư, giám sát, phản biện xã hội, xây dựng "
        + "văn bản quy phạm pháp luật, tiếp xúc cử tri và các cuộc vận động, áp dụng cho nhiệm kỳ 2021–2026. (Văn bản minh họa: nội dung do PhoiHop soạn để trình diễn, không phải văn bản đã ký.)",
        [
            new("Những quy định chung", [
                new("Phạm vi điều chỉnh và đối tượng áp dụng",
                    "1. Quy chế này quy định nguyên tắc, nội dung, phương thức và trách nhiệm phối hợp công tác giữa Ủy ban nhân dân tỉnh (sau đây gọi là UBND tỉnh) và Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh (sau đây gọi là Ủy ban MTTQ tỉnh) nhiệm kỳ 2021–2026.\n"
                    + "2. Quy chế này áp dụng đối với UBND tỉnh, Chủ tịch UBND tỉnh, các sở, ban, ngành thuộc UBND tỉnh; Ủy ban MTTQ tỉnh, Ban Thường trực Ủy ban MTTQ tỉnh và các tổ chức chính trị - xã hội cấp tỉnh.\n"
                    + "3. Những nội dung phối hợp không quy định tại Quy chế này được thực hiện theo Luật Mặt trận Tổ quốc Việt Nam, Luật Tổ chức chính quyền địa phương và Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN quy định chi tiết các hình thức giám sát, phản biện xã hội của Mặt trận Tổ quốc Việt Nam.",
                    CoordinationArea.General,
                    []),
                new("Nguyên tắc phối hợp",
                    "1. Tuân thủ Hiến pháp, pháp luật, đặt dưới sự lãnh đạo của Tỉnh ủy; bảo đảm chức năng, nhiệm vụ, quyền hạn và tính độc lập của mỗi bên theo quy định của pháp luật.\n"
                    + "2. UBND tỉnh tạo điều kiện để Ủy ban MTTQ tỉnh thực hiện giám sát, phản biện xã hội và tham gia xây dựng chính quyền; Ủy ban MTTQ tỉnh tuyên truyền, vận động Nhân dân thực hiện chủ trương, chính sách, pháp luật và nhiệm vụ phát triển kinh tế - xã hội của tỉnh.\n"
                    + "3. Phối hợp thường xuyên, chủ động, kịp thời, thiết thực; những vấn đề phát sinh được hai bên trao đổi, bàn bạc thống nhất, không chồng chéo, hình thức.",
                    CoordinationArea.General,
                    []),
            ]),
            new("Nội dung và phương thức phối hợp", [
                new("Phối hợp thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng, an ninh",
                    "1. Chủ tịch UBND tỉnh mời Chủ tịch Ủy ban MTTQ tỉnh dự các phiên họp thường kỳ của UBND tỉnh và các hội nghị bàn về nhiệm vụ kinh tế - xã hội, quốc phòng, an ninh có liên quan đến quyền, lợi ích hợp pháp của Nhân dân.\n"
                    + "2. Định kỳ 6 tháng, UBND tỉnh thông báo cho Ủy ban MTTQ tỉnh tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng, an ninh và chương trình công tác thời gian tiếp theo.\n"
                    + "3. Hằng quý, Ủy ban MTTQ tỉnh tổng hợp, phản ánh với UBND tỉnh tâm tư, nguyện vọng, ý kiến, kiến nghị của Nhân dân và đề xuất giải pháp thực hiện có hiệu quả nhiệm vụ của tỉnh.",
                    CoordinationArea.General,
                    [
                        new("UBND-TN", "MTTQ-TN",
                            "Mời Chủ tịch Ủy ban MTTQ tỉnh dự phiên họp thường kỳ hằng tháng của UBND tỉnh.",
                            Recurrence.Monthly),
                        new("UBND-TN", "MTTQ-TN",
                            "Thông báo cho Ủy ban MTTQ tỉnh tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng, an ninh.",
                            Recurrence.SixMonthly),
                        new("MTTQ-TN", "UBND-TN",
                            "Tổng hợp, phản ánh với UBND tỉnh tâm tư, nguyện vọng, ý kiến, kiến nghị của Nhân dân.",
                            Recurrence.Quarterly),
                    ]),
                new("Phối hợp trong công tác tiếp công dân, giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh",
                    "1. UBND tỉnh chỉ đạo Ban Tiếp công dân tỉnh thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND tỉnh chậm nhất 05 ngày làm việc trước ngày tiếp công dân và mời đại diện Ủy ban MTTQ tỉnh cùng tham dự.\n"
                    + "2. Đơn khiếu nại, tố cáo, kiến nghị, phản ánh do Ủy ban MTTQ tỉnh chuyển đến được cơ quan có thẩm quyền thuộc UBND tỉnh xem xét, giải quyết; trong thời hạn 10 ngày làm việc kể từ ngày nhận, cơ quan nhận đơn thông báo việc thụ lý hoặc không thụ lý, và trong thời hạn 07 ngày làm việc kể từ ngày có kết quả giải quyết, thông báo kết quả cho Ủy ban MTTQ tỉnh.\n"
                    + "3. Ủy ban MTTQ tỉnh cử đại diện tham gia tiếp công dân, đối thoại và đoàn xác minh vụ việc khiếu nại, tố cáo phức tạp, đông người khi được đề nghị; tuyên truyền, vận động Nhân dân chấp hành quyết định giải quyết đã có hiệu lực pháp luật.\n"
                    + "4. Định kỳ hằng quý, Thanh tra tỉnh thông tin cho Ủy ban MTTQ tỉnh tình hình giải quyết khiếu nại, tố cáo và kết quả giải quyết các đơn do Mặt trận chuyển đến.",
                    CoordinationArea.CitizenReceptionAndPetitions,
                    [
                        new("BTCD-TN", "MTTQ-TN",
                            "Thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND tỉnh và mời đại diện Ủy ban MTTQ tỉnh tham dự, chậm nhất 05 ngày làm việc trước ngày tiếp.",
                            Recurrence.Monthly),
                        new("UBND-TN", "MTTQ-TN",
                            "Chỉ đạo cơ quan có thẩm quyền thông báo kết quả giải quyết đơn do Ủy ban MTTQ tỉnh chuyển đến trong thời hạn 07 ngày làm việc kể từ ngày có kết quả.",
                            Recurrence.AsNeeded),
                        new("TTRA-TN", "MTTQ-TN",
                            "Thông tin cho Ủy ban MTTQ tỉnh tình hình giải quyết khiếu nại, tố cáo và kết quả giải quyết các đơn do Mặt trận chuyển đến.",
                            Recurrence.Quarterly),
                    ]),
                new("Phối hợp giám sát và phản biện xã hội",
                    "1. Trong quý IV hằng năm, Ủy ban MTTQ tỉnh trao đổi, thống nhất với UBND tỉnh nội dung, kế hoạch giám sát, phản biện xã hội năm sau; UBND tỉnh chỉ đạo các sở, ban, ngành là đối tượng giám sát chuẩn bị báo cáo, cung cấp thông tin, tài liệu theo yêu cầu.\n"
                    + "2. Ủy ban MTTQ tỉnh gửi kế hoạch, quyết định thành lập đoàn giám sát cho đối tượng được giám sát chậm nhất 15 ngày trước ngày làm việc; đối tượng được giám sát gửi báo cáo và tài liệu cho đoàn giám sát chậm nhất 07 ngày trước ngày làm việc.\n"
                    + "3. Cơ quan, tổ chức nhận được kiến nghị sau giám sát, phản biện xã hội của Ủy ban MTTQ tỉnh có trách nhiệm xem xét, trả lời bằng văn bản trong thời hạn 30 ngày kể từ ngày nhận được; trường hợp không tiếp thu phải nêu rõ lý do.\n"
                    + "4. Định kỳ 6 tháng, UBND tỉnh nghe Ủy ban MTTQ tỉnh báo cáo kết quả giám sát và chỉ đạo giải quyết các kiến nghị sau giám sát.",
                    CoordinationArea.SupervisionAndSocialCriticism,
                    [
                        new("MTTQ-TN", "UBND-TN",
                            "Trao đổi, thống nhất với UBND tỉnh kế hoạch giám sát, phản biện xã hội năm sau trong quý IV.",
                            Recurrence.Yearly),
                        new("UBND-TN", "MTTQ-TN",
                            "Chỉ đạo cơ quan, tổ chức được kiến nghị trả lời bằng văn bản kiến nghị sau giám sát của Ủy ban MTTQ tỉnh trong thời hạn 30 ngày kể từ ngày nhận được.",
                            Recurrence.AsNeeded),
                        new("UBND-TN", "MTTQ-TN",
                            "Nghe Ủy ban MTTQ tỉnh báo cáo kết quả giám sát và chỉ đạo giải quyết các kiến nghị sau giám sát.",
                            Recurrence.SixMonthly),
                    ]),
                new("Phối hợp trong xây dựng văn bản quy phạm pháp luật",
                    "1. Trong tháng 12 hằng năm, UBND tỉnh gửi Ủy ban MTTQ tỉnh danh mục nghị quyết trình HĐND tỉnh và quyết định quy phạm pháp luật của UBND tỉnh dự kiến ban hành năm sau để Mặt trận chủ động lựa chọn nội dung phản biện xã hội.\n"
                    + "2. UBND tỉnh chỉ đạo cơ quan chủ trì soạn thảo gửi dự thảo văn bản có liên quan đến quyền, nghĩa vụ của Nhân dân đến Ủy ban MTTQ tỉnh để lấy ý kiến, phản biện xã hội chậm nhất 15 ngày trước ngày trình cơ quan có thẩm quyền.\n"
                    + "3. Ủy ban MTTQ tỉnh tổ chức lấy ý kiến các tổ chức thành viên, Hội đồng tư vấn, chuyên gia và gửi văn bản góp ý, phản biện xã hội đúng thời hạn được đề nghị.\n"
                    + "4. Cơ quan chủ trì soạn thảo nghiên cứu, tiếp thu, giải trình bằng văn bản các ý kiến của Ủy ban MTTQ tỉnh, nêu rõ lý do đối với ý kiến không tiếp thu và báo cáo đầy đủ với cơ quan ban hành văn bản.",
                    CoordinationArea.LegalDrafting,
                    [
                        new("UBND-TN", "MTTQ-TN",
                            "Gửi Ủy ban MTTQ tỉnh danh mục văn bản quy phạm pháp luật dự kiến ban hành năm sau trong tháng 12.",
                            Recurrence.Yearly),
                        new("UBND-TN", "MTTQ-TN",
                            "Chỉ đạo cơ quan soạn thảo gửi dự thảo đến Ủy ban MTTQ tỉnh chậm nhất 15 ngày trước ngày trình và giải trình, tiếp thu bằng văn bản.",
                            Recurrence.AsNeeded),
                        new("MTTQ-TN", "UBND-TN",
                            "Gửi văn bản góp ý, phản biện xã hội đối với dự thảo văn bản quy phạm pháp luật đúng thời hạn được đề nghị.",
                            Recurrence.AsNeeded),
                    ]),
                new("Phối hợp tuyên truyền, vận động và các phong trào thi đua, cuộc vận động",
                    "1. Hai bên phối hợp tuyên truyền, vận động các tầng lớp Nhân dân thực hiện chủ trương của Đảng, chính sách, pháp luật của Nhà nước và nhiệm vụ phát triển kinh tế - xã hội của tỉnh, phát huy sức mạnh khối đại đoàn kết toàn dân tộc.\n"
                    + "2. UBND tỉnh phối hợp với Ủy ban MTTQ tỉnh tổ chức thực hiện Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”, Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” và phong trào “Cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau” gắn với các chương trình mục tiêu quốc gia.\n"
                    + "3. Ủy ban MTTQ tỉnh chủ trì vận động, tiếp nhận và phân bổ Quỹ “Vì người nghèo” và các nguồn đóng góp tự nguyện hỗ trợ khắc phục khó khăn do thiên tai, dịch bệnh; UBND tỉnh chỉ đạo các cơ quan phối hợp rà soát đối tượng, tổ chức hỗ trợ và công khai kết quả theo quy định.\n"
                    + "4. Hằng năm, hai bên thống nhất tổ chức Tháng cao điểm “Vì người nghèo” (từ ngày 17 tháng 10 đến ngày 18 tháng 11) và Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư.",
                    CoordinationArea.Mobilisation,
                    [
                        new("MTTQ-TN", "UBND-TN",
                            "Chủ trì tổ chức Tháng cao điểm “Vì người nghèo” và Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư.",
                            Recurrence.Yearly),
                        new("UBND-TN", "MTTQ-TN",
                            "Chỉ đạo các sở, ban, ngành phối hợp thực hiện các cuộc vận động, phong trào thi đua và đánh giá kết quả hằng năm.",
                            Recurrence.Yearly),
                        new("MTTQ-TN", null,
                            "Công khai kết quả tiếp nhận, phân bổ Quỹ “Vì người nghèo” và các nguồn đóng góp tự nguyện.",
                            Recurrence.SixMonthly),
                    ]),
                new("Phối hợp trong hoạt động tiếp xúc cử tri và giải quyết kiến nghị của cử tri",
                    "1. UBND tỉnh cử lãnh đạo UBND tỉnh và thủ trưởng các sở, ban, ngành tham dự hội nghị tiếp xúc cử tri của đại biểu Quốc hội, đại biểu HĐND tỉnh do Ủy ban MTTQ các cấp tổ chức để trực tiếp tiếp thu, giải trình những kiến nghị thuộc thẩm quyền.\n"
                    + "2. Kiến nghị của cử tri do Đoàn ĐBQH tỉnh, Thường trực HĐND tỉnh chuyển đến được UBND tỉnh chỉ đạo cơ quan có thẩm quyền xem xét, trả lời bằng văn bản trong thời hạn 60 ngày kể từ ngày nhận được; kết quả trả lời được gửi đồng thời cho Ủy ban MTTQ tỉnh.\n"
                    + "3. Trước mỗi kỳ họp thường lệ của HĐND tỉnh, Ủy ban MTTQ tỉnh tổng hợp ý kiến, kiến nghị của cử tri và Nhân dân gửi UBND tỉnh; phối hợp thông tin kết quả giải quyết đến cử tri.",
                    CoordinationArea.VoterContact,
                    [
                        new("UBND-TN", "MTTQ-TN",
                            "Cử lãnh đạo tham dự hội nghị tiếp xúc cử tri trước và sau kỳ họp HĐND tỉnh để tiếp thu, giải trình kiến nghị thuộc thẩm quyền.",
                            Recurrence.EachCouncilSession),
                        new("UBND-TN", "MTTQ-TN",
                            "Chỉ đạo trả lời bằng văn bản kiến nghị của cử tri được chuyển đến trong thời hạn 60 ngày kể từ ngày nhận được và gửi kết quả cho Ủy ban MTTQ tỉnh.",
                            Recurrence.AsNeeded),
                        new("MTTQ-TN", "UBND-TN",
                            "Tổng hợp ý kiến, kiến nghị của cử tri và Nhân dân gửi UBND tỉnh trước mỗi kỳ họp thường lệ của HĐND tỉnh.",
                            Recurrence.EachCouncilSession),
                    ]),
                new("Chế độ thông tin, báo cáo",
                    "1. UBND tỉnh gửi Ủy ban MTTQ tỉnh chương trình công tác năm, báo cáo tình hình kinh tế - xã hội 6 tháng và năm, các văn bản chỉ đạo có liên quan đến quyền, lợi ích của Nhân dân.\n"
                    + "2. Ủy ban MTTQ tỉnh gửi UBND tỉnh chương trình phối hợp và thống nhất hành động năm, báo cáo công tác Mặt trận 6 tháng và năm, thông báo kết quả giám sát, phản biện xã hội.\n"
                    + "3. Văn phòng UBND tỉnh và cơ quan chuyên trách của Ủy ban MTTQ tỉnh là đầu mối trao đổi thông tin; hằng tháng trao đổi lịch công tác và các nội dung cần phối hợp.",
                    CoordinationArea.General,
                    [
                        new("UBND-TN", "MTTQ-TN",
                            "Gửi Ủy ban MTTQ tỉnh báo cáo tình hình kinh tế - xã hội 6 tháng và năm.",
                            Recurrence.SixMonthly),
                        new("MTTQ-TN", "UBND-TN",
                            "Gửi UBND tỉnh báo cáo công tác Mặt trận 6 tháng và năm, thông báo kết quả giám sát, phản biện xã hội.",
                            Recurrence.SixMonthly),
                        new("UBND-TN", "MTTQ-TN",
                            "Trao đổi lịch công tác hằng tháng và các nội dung cần phối hợp qua Văn phòng UBND tỉnh.",
                            Recurrence.Monthly),
                    ]),
                new("Chế độ họp, sơ kết, tổng kết",
                    "1. Định kỳ hằng quý, lãnh đạo UBND tỉnh và Ban Thường trực Ủy ban MTTQ tỉnh họp giao ban để đánh giá kết quả phối hợp và thống nhất nội dung phối hợp quý tiếp theo; họp đột xuất khi có đề nghị của một trong hai bên.\n"
                    + "2. Hằng năm, hai bên sơ kết việc thực hiện Quy chế, hoàn thành trước ngày 15 tháng 12.\n"
                    + "3. Khi kết thúc nhiệm kỳ 2021–2026, hai bên tổng kết việc thực hiện Quy chế, đề xuất khen thưởng tập thể, cá nhân có thành tích và sửa đổi, bổ sung Quy chế cho nhiệm kỳ sau.",
                    CoordinationArea.General,
                    [
                        new("UBND-TN", "MTTQ-TN",
                            "Chủ trì họp giao ban hằng quý giữa lãnh đạo UBND tỉnh và Ban Thường trực Ủy ban MTTQ tỉnh.",
                            Recurrence.Quarterly),
                        new("MTTQ-TN", "UBND-TN",
                            "Chủ trì chuẩn bị báo cáo sơ kết hằng năm việc thực hiện Quy chế, hoàn thành trước ngày 15 tháng 12.",
                            Recurrence.Yearly),
                        new("UBND-TN", "MTTQ-TN",
                            "Chủ trì tổng kết việc thực hiện Quy chế khi kết thúc nhiệm kỳ 2021–2026.",
                            Recurrence.EndOfTerm),
                    ]),
                new("Kinh phí bảo đảm",
                    "1. UBND tỉnh bảo đảm kinh phí hoạt động của Ủy ban MTTQ tỉnh, kinh phí giám sát, phản biện xã hội và tổ chức các cuộc vận động, phong trào do Mặt trận chủ trì trong dự toán ngân sách hằng năm theo quy định của pháp luật về ngân sách nhà nước.\n"
                    + "2. Ủy ban MTTQ tỉnh lập dự toán kinh phí gửi cơ quan tài chính tổng hợp, trình UBND tỉnh theo thời hạn lập dự toán hằng năm; quản lý, sử dụng kinh phí đúng mục đích, hiệu quả và quyết toán theo quy định.\n"
                    + "3. UBND tỉnh tạo điều kiện về trụ sở, phương tiện làm việc và ứng dụng công nghệ thông tin phục vụ hoạt động phối hợp giữa hai bên.",
                    CoordinationArea.General,
                    [
                        new("MTTQ-TN", "UBND-TN",
                            "Lập dự toán kinh phí hoạt động năm sau gửi cơ quan tài chính tổng hợp, trình UBND tỉnh.",
                            Recurrence.Yearly),
                        new("UBND-TN", "MTTQ-TN",
                            "Bố trí kinh phí hoạt động của Ủy ban MTTQ tỉnh trong dự toán ngân sách hằng năm.",
                            Recurrence.Yearly),
                    ]),
            ]),
            new("Tổ chức thực hiện", [
                new("Trách nhiệm thi hành",
                    "1. Chủ tịch UBND tỉnh và Ban Thường trực Ủy ban MTTQ tỉnh chỉ đạo triển khai thực hiện Quy chế này; thủ trưởng các sở, ban, ngành, người đứng đầu các tổ chức chính trị - xã hội cấp tỉnh có trách nhiệm thực hiện các nội dung có liên quan.\n"
                    + "2. Văn phòng UBND tỉnh và cơ quan chuyên trách tham mưu, giúp việc Ủy ban MTTQ tỉnh theo dõi, đôn đốc, tổng hợp kết quả thực hiện Quy chế, báo cáo lãnh đạo hai bên.\n"
                    + "3. UBND và Ủy ban MTTQ các huyện, thành phố, thị xã căn cứ Quy chế này xây dựng quy chế phối hợp ở cấp mình cho phù hợp với tình hình thực tế.",
                    CoordinationArea.General,
                    []),
                new("Hiệu lực thi hành",
                    "1. Quy chế này có hiệu lực thi hành kể từ ngày ký và thay thế Quy chế phối hợp công tác giữa UBND tỉnh và Ủy ban MTTQ tỉnh nhiệm kỳ 2016–2021.\n"
                    + "2. Trong quá trình thực hiện, nếu có vướng mắc hoặc cần sửa đổi, bổ sung, hai bên trao đổi, thống nhất bằng văn bản.",
                    CoordinationArea.General,
                    []),
            ]),
        ]);

    public static readonly RegulationText DelegationFront = new(
        "03/QCPH-ĐĐBQH-MTTQ",
        "Quy chế phối hợp công tác giữa Đoàn đại biểu Quốc hội tỉnh và Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh nhiệm kỳ 2021–2026",
        ["DBQH-TN", "MTTQ-TN"],
        "Quy định nguyên tắc, nội dung, phương thức và trách nhiệm phối hợp giữa Đoàn ĐBQH tỉnh và Ban Thường trực Ủy ban MTTQ "
        + "tỉnh Thái Nguyên trong tiếp xúc cử tri, tổng hợp kiến nghị của cử tri, tiếp công dân, giám sát, góp ý dự án luật và "
        + "tuyên truyền, vận động, áp dụng cho nhiệm kỳ 2021–2026. (Văn bản minh họa: nội dung do PhoiHop soạn để trình diễn, không phải văn bản đã ký.)",
        [
            new("Những quy định chung", [
                new("Phạm vi điều chỉnh và đối tượng áp dụng",
                    "1. Quy chế này quy định nguyên tắc, nội dung, phương thức và trách nhiệm phối hợp công tác giữa Đoàn đại biểu Quốc hội tỉnh (sau đây gọi là Đoàn ĐBQH tỉnh) và Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh (sau đây gọi là Ban Thường trực Ủy ban MTTQ tỉnh) nhiệm kỳ 2021–2026.\n"
                    + "2. Quy chế này áp dụng đối với Đoàn ĐBQH tỉnh, các đại biểu Quốc hội trong Đoàn, Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh (sau đây gọi là Văn phòng Đoàn ĐBQH và HĐND tỉnh); Ban Thường trực Ủy ban MTTQ tỉnh và cơ quan chuyên trách tham mưu, giúp việc Ủy ban MTTQ tỉnh.\n"
                    + "3. Những nội dung phối hợp không quy định tại Quy chế này được thực hiện theo Luật Tổ chức Quốc hội, Luật Mặt trận Tổ quốc Việt Nam, Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân và các văn bản hướng dẫn về tiếp xúc cử tri của đại biểu Quốc hội.",
                    CoordinationArea.General,
                    []),
                new("Nguyên tắc phối hợp",
                    "1. Việc phối hợp được thực hiện theo quy định của Hiến pháp, pháp luật, đặt dưới sự lãnh đạo của Tỉnh ủy; tôn trọng chức năng, nhiệm vụ, quyền hạn của mỗi bên.\n"
                    + "2. Phối hợp chặt chẽ, thường xuyên, công khai, dân chủ, kịp thời, bảo đảm hoạt động của đại biểu Quốc hội gắn bó mật thiết với cử tri và Nhân dân trong tỉnh.\n"
                    + "3. Những vấn đề phát sinh trong quá trình phối hợp được hai bên trao đổi, thống nhất giải quyết; trường hợp chưa thống nhất thì báo cáo Ban Thường vụ Tỉnh ủy xem xét, cho ý kiến.",
                    CoordinationArea.General,
                    []),
            ]),
            new("Nội dung và phương thức phối hợp", [
                new("Phối hợp tổ chức tiếp xúc cử tri",
                    "1. Trước và sau mỗi kỳ họp Quốc hội, Đoàn ĐBQH tỉnh xây dựng kế hoạch tiếp xúc cử tri của đại biểu Quốc hội và gửi Ban Thường trực Ủy ban MTTQ tỉnh chậm nhất 15 ngày trước ngày bắt đầu đợt tiếp xúc cử tri; đồng thời thông báo trên các phương tiện thông tin đại chúng của tỉnh chậm nhất 07 ngày trước ngày tổ chức.\n"
                    + "2. Ban Thường trực Ủy ban MTTQ tỉnh chủ trì, phối hợp với Đoàn ĐBQH tỉnh hướng dẫn Ủy ban MTTQ cấp huyện, cấp xã chuẩn bị địa điểm, mời thành phần cử tri và chủ trì hội nghị tiếp xúc cử tri theo quy định.\n"
                    + "3. Ngoài tiếp xúc cử tri định kỳ, hai bên phối hợp tổ chức tiếp xúc cử tri chuyên đề, theo lĩnh vực, theo nhóm cử tri và tiếp xúc cử tri nơi cư trú, nơi làm việc của đại biểu Quốc hội khi có yêu cầu.",
                    CoordinationArea.VoterContact,
                    [
                        new("DBQH-TN", "MTTQ-TN",
                            "Gửi kế hoạch tiếp xúc cử tri trước và sau kỳ họp Quốc hội cho Ban Thường trực Ủy ban MTTQ tỉnh chậm nhất 15 ngày trước ngày bắt đầu đợt tiếp xúc.",
                            Recurrence.EachAssemblySession),
                        new("MTTQ-TN", "DBQH-TN",
                            "Chủ trì tổ chức hội nghị tiếp xúc cử tri của đại biểu Quốc hội trước và sau mỗi kỳ họp Quốc hội.",
                            Recurrence.EachAssemblySession),
                    ]),
                new("Phối hợp tổng hợp, chuyển và theo dõi việc giải quyết kiến nghị của cử tri",
                    "1. Chậm nhất 15 ngày trước ngày khai mạc và 15 ngày sau ngày bế mạc mỗi kỳ họp Quốc hội, Đoàn ĐBQH tỉnh phối hợp với Ban Thường trực Ủy ban MTTQ tỉnh tổng hợp, phân loại ý kiến, kiến nghị của cử tri; gửi Ủy ban Thường vụ Quốc hội và Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam những kiến nghị thuộc thẩm quyền của cơ quan trung ương, gửi Thường trực HĐND tỉnh và cơ quan có thẩm quyền ở địa phương những kiến nghị thuộc thẩm quyền của địa phương.\n"
                    + "2. Cơ quan có thẩm quyền trả lời kiến nghị của cử tri trong thời hạn 60 ngày kể từ ngày nhận được; Đoàn ĐBQH tỉnh theo dõi, đôn đốc việc trả lời và thông báo kết quả cho Ban Thường trực Ủy ban MTTQ tỉnh.\n"
                    + "3. Hai bên phối hợp thông báo kết quả trả lời kiến nghị đến cử tri và đăng tải trên phương tiện thông tin đại chúng của tỉnh; kiến nghị chậm trả lời hoặc trả lời chưa thỏa đáng được đưa vào nội dung giám sát.\n"
                    + "4. Khiếu nại, tố cáo của công dân nêu tại hội nghị tiếp xúc cử tri không tổng hợp là kiến nghị của cử tri mà được xử lý theo quy định tại Điều 5 Quy chế này.",
                    CoordinationArea.VoterContact,
                    [
                        new("VPDDBQH-HDND-TN", "MTTQ-TN",
                            "Tổng hợp, phân loại kiến nghị của cử tri chậm nhất 15 ngày trước ngày khai mạc và 15 ngày sau ngày bế mạc kỳ họp Quốc hội.",
                            Recurrence.EachAssemblySession),
                        new("DBQH-TN", "MTTQ-TN",
                            "Theo dõi, đôn đốc việc trả lời kiến nghị của cử tri trong thời hạn 60 ngày và thông báo kết quả cho Ban Thường trực Ủy ban MTTQ tỉnh.",
                            Recurrence.AsNeeded),
                    ]),
                new("Phối hợp trong công tác tiếp công dân, giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh",
                    "1. Đoàn ĐBQH tỉnh bố trí đại biểu Quốc hội tiếp công dân định kỳ tại Trụ sở tiếp công dân tỉnh và mời đại diện Ban Thường trực Ủy ban MTTQ tỉnh cùng tham dự khi tiếp công dân về vụ việc phức tạp, đông người, kéo dài.\n"
                    + "2. Đơn khiếu nại, tố cáo, kiến nghị, phản ánh mà mỗi bên nhận được không thuộc thẩm quyền giải quyết được xử lý trong thời hạn 10 ngày làm việc: hướng dẫn công dân hoặc chuyển đến cơ quan có thẩm quyền và theo dõi, đôn đốc việc giải quyết; cơ quan nhận đơn thông báo kết quả trong thời hạn 07 ngày làm việc kể từ ngày có kết quả giải quyết.\n"
                    + "3. Trường hợp cùng một đơn được gửi đồng thời đến Đoàn ĐBQH tỉnh và Ủy ban MTTQ tỉnh, hai bên trao đổi để chỉ một bên chuyển đơn, bên còn lại theo dõi kết quả; không chuyển đơn đã được gửi đồng thời đến cơ quan có thẩm quyền giải quyết.\n"
                    + "4. Hằng tháng, Văn phòng Đoàn ĐBQH và HĐND tỉnh và cơ quan chuyên trách của Ủy ban MTTQ tỉnh trao đổi danh sách đơn đã chuyển và tình hình giải quyết.",
                    CoordinationArea.CitizenReceptionAndPetitions,
                    [
                        new("DBQH-TN", "BTCD-TN",
                            "Bố trí đại biểu Quốc hội tiếp công dân định kỳ tại Trụ sở tiếp công dân tỉnh theo lịch hằng tháng.",
                            Recurrence.Monthly),
                        new("MTTQ-TN", "DBQH-TN",
                            "Thống nhất với Đoàn ĐBQH tỉnh bên chuyển đơn khi cùng một đơn được gửi đến cả hai bên, bên còn lại theo dõi kết quả.",
                            Recurrence.AsNeeded),
                        new("VPDDBQH-HDND-TN", "MTTQ-TN",
                            "Trao đổi danh sách đơn đã chuyển và tình hình giải quyết với cơ quan chuyên trách của Ủy ban MTTQ tỉnh.",
                            Recurrence.Monthly),
                    ]),
                new("Phối hợp giám sát và phản biện xã hội",
                    "1. Trong quý IV hằng năm, Đoàn ĐBQH tỉnh và Ban Thường trực Ủy ban MTTQ tỉnh trao đổi chương trình giám sát năm sau của mỗi bên để thống nhất nội dung, thời gian, tránh trùng lặp.\n"
                    + "2. Đoàn ĐBQH tỉnh mời đại diện Ban Thường trực Ủy ban MTTQ tỉnh tham gia đoàn giám sát, khảo sát của Đoàn; Ban Thường trực Ủy ban MTTQ tỉnh mời đại diện Đoàn ĐBQH tỉnh dự các hội nghị giám sát, phản biện xã hội của Mặt trận.\n"
                    + "3. Hai bên phối hợp giám sát việc giải quyết kiến nghị của cử tri và việc giải quyết đơn khiếu nại, tố cáo do hai bên chuyển đến; đối với kiến nghị sau giám sát của Ủy ban MTTQ tỉnh mà cơ quan có thẩm quyền chưa trả lời trong thời hạn 30 ngày kể từ ngày nhận được, Đoàn ĐBQH tỉnh xem xét, đôn đốc hoặc chất vấn theo thẩm quyền.",
                    CoordinationArea.SupervisionAndSocialCriticism,
                    [
                        new("DBQH-TN", "MTTQ-TN",
                            "Gửi chương trình giám sát năm sau của Đoàn ĐBQH tỉnh cho Ban Thường trực Ủy ban MTTQ tỉnh trong quý IV.",
                            Recurrence.Yearly),
                        new("MTTQ-TN", "DBQH-TN",
                            "Gửi kế hoạch giám sát, phản biện xã hội năm sau của Ủy ban MTTQ tỉnh cho Đoàn ĐBQH tỉnh trong quý IV.",
                            Recurrence.Yearly),
                    ]),
                new("Phối hợp trong xây dựng văn bản quy phạm pháp luật",
                    "1. Trước mỗi kỳ họp Quốc hội, Đoàn ĐBQH tỉnh gửi Ban Thường trực Ủy ban MTTQ tỉnh các dự án luật, dự thảo nghị quyết cần lấy ý kiến và mời tham dự hội nghị góp ý; thời hạn gửi ý kiến không ít hơn 10 ngày kể từ ngày nhận được tài liệu.\n"
                    + "2. Ban Thường trực Ủy ban MTTQ tỉnh tổ chức lấy ý kiến các tổ chức thành viên, Hội đồng tư vấn, chuyên gia và Nhân dân; tổng hợp, gửi Đoàn ĐBQH tỉnh bằng văn bản đúng thời hạn.\n"
                    + "3. Đoàn ĐBQH tỉnh phản ánh ý kiến của Ủy ban MTTQ tỉnh trong báo cáo góp ý gửi cơ quan chủ trì soạn thảo, cơ quan thẩm tra và thông tin lại kết quả tiếp thu cho Ban Thường trực Ủy ban MTTQ tỉnh.",
                    CoordinationArea.LegalDrafting,
                    [
                        new("DBQH-TN", "MTTQ-TN",
                            "Gửi dự án luật, dự thảo nghị quyết cần lấy ý kiến và mời dự hội nghị góp ý trước mỗi kỳ họp Quốc hội.",
                            Recurrence.EachAssemblySession),
                        new("MTTQ-TN", "DBQH-TN",
                            "Tổng hợp ý kiến góp ý dự án luật của các tổ chức thành viên, chuyên gia và Nhân dân gửi Đoàn ĐBQH tỉnh đúng thời hạn.",
                            Recurrence.EachAssemblySession),
                    ]),
                new("Phối hợp tuyên truyền, vận động và các phong trào thi đua, cuộc vận động",
                    "1. Hai bên phối hợp thông tin, tuyên truyền kết quả các kỳ họp Quốc hội, các luật, nghị quyết mới được thông qua đến cử tri và Nhân dân trong tỉnh, nhất là vùng đồng bào dân tộc thiểu số, vùng sâu, vùng xa.\n"
                    + "2. Đoàn ĐBQH tỉnh vận động đại biểu Quốc hội hưởng ứng các phong trào thi đua, cuộc vận động do Ủy ban MTTQ các cấp phát động; tham dự Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư nơi đại biểu cư trú hoặc ứng cử.\n"
                    + "3. Ban Thường trực Ủy ban MTTQ tỉnh cung cấp thông tin về kết quả các cuộc vận động, phong trào thi đua để đại biểu Quốc hội phản ánh tại kỳ họp Quốc hội khi cần thiết.",
                    CoordinationArea.Mobilisation,
                    [
                        new("DBQH-TN", "MTTQ-TN",
                            "Phân công đại biểu Quốc hội tham dự Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư dịp 18 tháng 11.",
                            Recurrence.Yearly),
                        new("MTTQ-TN", "DBQH-TN",
                            "Cung cấp thông tin về kết quả các cuộc vận động, phong trào thi đua cho Đoàn ĐBQH tỉnh trước mỗi kỳ họp Quốc hội.",
                            Recurrence.EachAssemblySession),
                    ]),
                new("Chế độ thông tin, báo cáo, họp, sơ kết, tổng kết",
                    "1. Hai bên thường xuyên trao đổi thông tin về chương trình công tác và kết quả hoạt động; định kỳ 6 tháng gửi cho nhau báo cáo kết quả công tác có liên quan.\n"
                    + "2. Định kỳ hằng quý, Đoàn ĐBQH tỉnh và Ban Thường trực Ủy ban MTTQ tỉnh họp giao ban để đánh giá kết quả phối hợp và thống nhất nội dung phối hợp quý tiếp theo; trước mỗi kỳ họp Quốc hội, Đoàn ĐBQH tỉnh mời Ban Thường trực Ủy ban MTTQ tỉnh dự buổi làm việc với các cơ quan của tỉnh.\n"
                    + "3. Hằng năm, hai bên sơ kết việc thực hiện Quy chế; khi kết thúc nhiệm kỳ Quốc hội khóa XV, hai bên tổng kết việc thực hiện Quy chế và đề xuất sửa đổi, bổ sung cho nhiệm kỳ sau.",
                    CoordinationArea.General,
                    [
                        new("DBQH-TN", "MTTQ-TN",
                            "Chủ trì họp giao ban hằng quý giữa Đoàn ĐBQH tỉnh và Ban Thường trực Ủy ban MTTQ tỉnh.",
                            Recurrence.Quarterly),
                        new("MTTQ-TN", "DBQH-TN",
                            "Chủ trì chuẩn bị báo cáo sơ kết hằng năm việc thực hiện Quy chế.",
                            Recurrence.Yearly),
                        new("DBQH-TN", "MTTQ-TN",
                            "Chủ trì tổng kết việc thực hiện Quy chế khi kết thúc nhiệm kỳ Quốc hội khóa XV.",
                            Recurrence.EndOfTerm),
                    ]),
            ]),
            new("Tổ chức thực hiện", [
                new("Trách nhiệm thi hành",
                    "1. Đoàn ĐBQH tỉnh và Ban Thường trực Ủy ban MTTQ tỉnh chỉ đạo triển khai thực hiện Quy chế này; giao Văn phòng Đoàn ĐBQH và HĐND tỉnh và cơ quan chuyên trách tham mưu, giúp việc Ủy ban MTTQ tỉnh theo dõi, đôn đốc, tổng hợp kết quả thực hiện.\n"
                    + "2. Kinh phí bảo đảm cho các hoạt động phối hợp được bố trí trong dự toán kinh phí hoạt động hằng năm của Đoàn ĐBQH tỉnh và của Ủy ban MTTQ tỉnh theo quy định của pháp luật về ngân sách nhà nước.",
                    CoordinationArea.General,
                    []),
                new("Hiệu lực thi hành",
                    "1. Quy chế này có hiệu lực thi hành kể từ ngày ký và thay thế Quy chế phối hợp công tác giữa Đoàn ĐBQH tỉnh và Ban Thường trực Ủy ban MTTQ tỉnh nhiệm kỳ 2016–2021.\n"
                    + "2. Trong quá trình thực hiện, nếu có vướng mắc hoặc cần sửa đổi, bổ sung, hai bên trao đổi, thống nhất bằng văn bản.",
                    CoordinationArea.General,
                    []),
            ]),
        ]);

    public static IReadOnlyList<RegulationText> All { get; } = [CouncilFront, CommitteeFront, DelegationFront];
}
