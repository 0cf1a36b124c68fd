using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PhoiHop.Infrastructure.Data;

/// <summary>Stores instants as UTC ticks so that SQLite can sort and compare them.</summary>
public sealed class DateTimeOffsetToUtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks,
    v => new DateTimeOffset(v, TimeSpan.Zero));
