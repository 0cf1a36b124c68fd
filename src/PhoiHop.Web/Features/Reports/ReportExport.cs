using PhoiHop.Infrastructure.Exports;

namespace PhoiHop.Features.Reports;

public enum ReportExportStatus
{
    Queued = 0,
    Running = 1,
    Ready = 2,
    Failed = 3,
    Expired = 4,
}

/// <summary>
/// A long export, written in the background (issue #6 item 5): who asked for which list in which format, how far the
/// writing is, and the file once ready (under Files:Root, named by the job's id, never by anything a user typed).
/// </summary>
public sealed class ReportExport
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OwnerId { get; init; }
    public Guid? OwnerBodyId { get; init; }
    public string Figure { get; init; } = "";
    public string? BodyCode { get; init; }
    public DateOnly From { get; init; }
    public DateOnly To { get; init; }
    public ExportFormat Format { get; init; }
    public string FileName { get; init; } = "";
    public ReportExportStatus Status { get; set; }
    public int RowsDone { get; set; }
    public int RowsTotal { get; set; }
    public string? ClaimedBy { get; set; }
    public string? Error { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public int Downloads { get; set; }

    public bool IsPending => Status is ReportExportStatus.Queued or ReportExportStatus.Running;

    /// <summary>The file's path relative to Files:Root.</summary>
    public string StoredPath => Path.Combine("exports", $"{Id:N}.{ExportFormats.Extension(Format)}");

    /// <summary>The owner fetched the file: counted, so the download is in the audit log (who, when).</summary>
    public void RecordDownload() => Downloads++;
}
