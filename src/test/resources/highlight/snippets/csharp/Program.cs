using System;
using System.Collections.Generic;
using System.Linq;

namespace Blog.Tools
{
    public class Program
    {
        private static readonly int MaxPosts = 10;

        public static async Task Main(string[] args)
        {
            var posts = new List<Post> { new Post("Hello", DateTime.Now) };
            foreach (var p in posts.Where(x => !x.Draft).Take(MaxPosts))
            {
                Console.WriteLine($"{p.Title} ({p.Date:yyyy-MM-dd})");
            }
            await Task.Delay(100);
        }
    }
}
