using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using PhoiHop.Infrastructure.Data;
using PhoiHop.Infrastructure.Data.Seed;

namespace PhoiHop.Infrastructure;

/// <summary>Tells the person who just started PhoiHop where to sign in, and with which demo accounts.</summary>
public static class StartupBanner
{
    public static void PrintWhenStarted(WebApplication app) => app.Lifetime.ApplicationStarted.Register(() =>
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var demo = app.Services.GetRequiredService<DatabaseOptions>().IsDemo;
        Console.WriteLine();
        Console.WriteLine("PhoiHop đang chạy / is running:");
        foreach (var address in addresses)
            Console.WriteLine($"  Đăng nhập / sign in: {address.Replace("0.0.0.0", "localhost", StringComparison.Ordinal).Replace("[::]", "localhost", StringComparison.Ordinal)}/Account/Login");
        if (demo)
        {
            Console.WriteLine($"  Tài khoản trình diễn / demo accounts (mật khẩu / password: {DemoProvinceSeeder.DemoPassword}):");
            foreach (var a in DemoProvinceSeeder.Accounts)
                Console.WriteLine($"    {a.Login,-18} {a.Position}");
        }
        Console.WriteLine();
    });
}
