using Microsoft.Extensions.Localization;

// The localizer builds resource names from this root namespace; without it it takes the assembly name (PhoiHop.Web),
// looks for "PhoiHop.Web.Resources.PhoiHop.SharedResource" and finds none of the strings.
[assembly: RootNamespace("PhoiHop")]

namespace PhoiHop;

/// <summary>Marker for the shared UI strings in Resources/SharedResource.{vi,en}.resx.</summary>
public sealed class SharedResource;
