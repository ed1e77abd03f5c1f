// LINQ query syntax
var query = from p in posts
            where p.Tags.Contains("csharp") && p.Views > 1000
            orderby p.Date descending
            select new { p.Title, Year = p.Date.Year };

/* numbers */
decimal price = 19.99m; long big = 0xFFL; float f = 1.5e3f;
char c = '\n';
string path = $@"C:\{folder}\file.txt";
dynamic d = null ?? default;
