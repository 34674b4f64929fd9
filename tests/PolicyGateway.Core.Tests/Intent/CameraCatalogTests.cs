using PolicyGateway.Intent;

namespace PolicyGateway.Core.Tests.Intent;

public sealed class CameraCatalogTests
{
    [Theory]
    [InlineData("Apple", "iPhone 14", true)]
    [InlineData("samsung", "SM-S911B", true)]
    [InlineData("Google", "Pixel 8", true)]
    [InlineData("motorola", "moto g54", true)]
    [InlineData("Motorola Solutions", "V300", false)]
    [InlineData("Canon", "Canon EOS R6", false)]
    [InlineData("Hikvision", "DS-2CD2143G2", false)]
    public void Phones_are_told_apart_from_other_cameras(string make, string model, bool phone) =>
        Assert.Equal(phone, CameraCatalog.IsPhone(new Dictionary<string, string> { ["Make"] = make, ["Model"] = model }));

    [Theory]
    [InlineData("Hikvision", "DS-2CD2143G2-I", true)]
    [InlineData("AXIS", "P3265-LVE", true)]
    [InlineData("Bosch", "FLEXIDOME IP 5000i", true)]
    [InlineData("Ring", "Video Doorbell 4", true)]
    [InlineData("Google", "Nest Cam", true)]
    [InlineData("Google", "Pixel 8", false)]
    [InlineData("Canon", "EOS R6", false)]
    [InlineData("Bosch", "PSR 18", false)]
    public void Fixed_security_cameras_are_told_apart(string make, string model, bool isFixed) =>
        Assert.Equal(isFixed, CameraCatalog.IsFixed(new Dictionary<string, string> { ["Make"] = make, ["Model"] = model }));

    [Fact]
    public void A_phone_is_not_a_field_camera_by_itself() =>
        Assert.Null(CameraCatalog.Match(new Dictionary<string, string> { ["Make"] = "Apple", ["Model"] = "iPhone 14" }, out _));

    [Fact]
    public void Meta_products_other_than_glasses_are_not_field_cameras() =>
        Assert.Null(CameraCatalog.Match(new Dictionary<string, string> { ["Make"] = "Meta", ["Model"] = "Quest 3" }, out _));
}
