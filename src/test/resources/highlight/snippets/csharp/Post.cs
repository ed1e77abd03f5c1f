#region Models
public record Post(string Title, DateTime Date)
{
    public bool Draft { get; init; } = false;
    public string Slug => Title.ToLowerInvariant().Replace(' ', '-');
    public override string ToString() => @"Post: ""quoted""" + Title;
}
#endregion

internal struct Point { public double X, Y; }
interface IShape { double Area(); }
