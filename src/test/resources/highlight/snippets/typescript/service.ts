import { Injectable } from '@angular/core';

export interface Post {
  id: number;
  title: string;
  tags?: string[];
  readonly draft: boolean;
}

type Filter = (p: Post) => boolean;

@Injectable({ providedIn: 'root' })
export class PostService {
  private posts: Post[] = [];

  constructor(private readonly http: HttpClient) {}

  public find(filter: Filter = () => true): Post[] {
    return this.posts.filter(filter);
  }

  async load(url: string): Promise<void> {
    this.posts = await this.http.get<Post[]>(url).toPromise() ?? [];
  }
}
