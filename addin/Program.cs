using DoiThoai.Addin.Hosting;

var app = AddinHost.Build(args);
app.Run();
