defmodule Blog.Post do
  @moduledoc """
  A blog post.
  """
  use Ecto.Schema
  import Ecto.Changeset

  schema "posts" do
    field :title, :string
    field :views, :integer, default: 0
    timestamps()
  end

  def changeset(post, attrs) do
    post
    |> cast(attrs, [:title, :views])
    |> validate_required([:title])
  end
end
