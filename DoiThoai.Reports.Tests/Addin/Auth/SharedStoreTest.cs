using DoiThoai.Addin.Hosting;
using DoiThoai.Reports.Tests.Workbooks;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web.TokenCacheProviders;
using Microsoft.Identity.Web.TokenCacheProviders.Distributed;
using Microsoft.Identity.Web.TokenCacheProviders.InMemory;

namespace DoiThoai.Reports.Tests.Addin.Auth;

/// <summary>
/// Where the state several instances must share lives: the signed links' keys in the data folder by default, in a shared
/// folder or Redis when configured; the on-behalf-of token cache in memory, or Redis. (The host is built, not started:
/// no Redis server is needed to see what it would use.)
/// </summary>
[TestClass]
public sealed class SharedStoreTest
{
    private static (IXmlRepository? Keys, object TokenCache, IDistributedCache? Cache) Stores(params string[] args)
    {
        using var data = new TemporaryDirectory();
        using var app = AddinHost.Build(
        [
            $"--DoiThoai:DataDirectory={data.Path}", "--DoiThoai:Auth:TenantId=t", "--DoiThoai:Auth:ClientId=c", .. args,
        ]);
        var keys = app.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository;
        return (keys, app.Services.GetRequiredService<IMsalTokenCacheProvider>(), app.Services.GetService<IDistributedCache>());
    }

    [TestMethod]
    public void By_default_keys_are_in_the_data_folder_and_tokens_in_memory()
    {
        var (keys, tokens, _) = Stores();

        Assert.IsInstanceOfType<FileSystemXmlRepository>(keys);
        StringAssert.EndsWith(((FileSystemXmlRepository)keys!).Directory.FullName, Path.DirectorySeparatorChar + DocumentLinks.KeysFolder);
        Assert.IsInstanceOfType<MsalMemoryTokenCacheProvider>(tokens);
    }

    [TestMethod]
    public void A_shared_key_folder_is_used_when_configured()
    {
        using var shared = new TemporaryDirectory();
        var (keys, _, _) = Stores($"--{DocumentLinks.KeysDirectorySetting}={shared.Path}");

        Assert.AreEqual(new DirectoryInfo(shared.Path).FullName, ((FileSystemXmlRepository)keys!).Directory.FullName);
    }

    [TestMethod]
    public void With_Redis_both_keys_and_the_token_cache_go_there()
    {
        var (keys, tokens, cache) = Stores($"--{AuthHosting.RedisSetting}=127.0.0.1:1,abortConnect=false");

        Assert.AreEqual("RedisXmlRepository", keys?.GetType().Name);
        Assert.IsInstanceOfType<MsalDistributedTokenCacheAdapter>(tokens);
        Assert.StartsWith("RedisCache", cache?.GetType().Name);
    }
}
