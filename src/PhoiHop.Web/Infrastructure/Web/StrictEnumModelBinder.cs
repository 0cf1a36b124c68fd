using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace PhoiHop.Infrastructure.Web;

/// <summary>
/// The forms' side of <see cref="StrictEnumConverter"/>: an enum field binds from exactly one member's name (several,
/// comma-separated, only for [Flags]). MVC's own binder takes numbers and, for any enum, comma lists whose OR happens
/// to be a member ("Denunciation,Recommendation" bound as Feedback).
/// </summary>
public sealed class StrictEnumModelBinder(Type enumType) : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        var result = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (result == ValueProviderResult.None)
            return Task.CompletedTask;
        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);
        // Several checked boxes of one [Flags] field come as several values.
        var text = result.Length > 1 && enumType.IsDefined(typeof(FlagsAttribute), inherit: false) ? string.Join(',', result.Values.ToArray()) : result.FirstValue;
        if (string.IsNullOrWhiteSpace(text))
        {
            // An empty choice is no choice: null for a nullable field, an error for one that must have a value.
            if (bindingContext.ModelMetadata.IsReferenceOrNullableType)
                bindingContext.Result = ModelBindingResult.Success(null);
            else
                bindingContext.ModelState.TryAddModelError(bindingContext.ModelName,
                    bindingContext.ModelMetadata.ModelBindingMessageProvider.ValueMustNotBeNullAccessor(text ?? ""));
            return Task.CompletedTask;
        }
        if (StrictEnumConverter.Parse(enumType, text) is { } value)
        {
            bindingContext.Result = ModelBindingResult.Success(value);
            return Task.CompletedTask;
        }
        bindingContext.ModelState.TryAddModelError(bindingContext.ModelName,
            bindingContext.ModelMetadata.ModelBindingMessageProvider.AttemptedValueIsInvalidAccessor(text, bindingContext.ModelMetadata.GetDisplayName()));
        return Task.CompletedTask;
    }
}

public sealed class StrictEnumModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var type = Nullable.GetUnderlyingType(context.Metadata.ModelType) ?? context.Metadata.ModelType;
        // Values a form, a query string or a route gives; a header or a custom binder keeps its own way.
        var source = context.BindingInfo.BindingSource;
        var fromValues = source is null || source == BindingSource.ModelBinding || source == BindingSource.Form
            || source == BindingSource.Query || source == BindingSource.Path || source == BindingSource.FormFile;
        return type.IsEnum && fromValues && context.BindingInfo.BinderType is null ? new StrictEnumModelBinder(type) : null;
    }
}
