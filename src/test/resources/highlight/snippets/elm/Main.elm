module Main exposing (main)

import Browser
import Html exposing (Html, button, div, text)
import Html.Events exposing (onClick)

{-| The model.
   {- nested -}
-}
type alias Model =
    { count : Int, label : String }


type Msg
    = Increment
    | Decrement


update : Msg -> Model -> Model
update msg model =
    case msg of
        Increment ->
            { model | count = model.count + 1 }

        Decrement ->
            { model | count = model.count - 1 }


view : Model -> Html Msg
view model =
    -- a line comment
    div []
        [ button [ onClick Decrement ] [ text "-" ]
        , div [] [ text (String.fromInt model.count ++ "\n") ]
        , button [ onClick Increment ] [ text """+""" ]
        , text (String.fromChar 'x')
        ]


main =
    Browser.sandbox { init = { count = 0x1F, label = "" }, update = update, view = view }
    |> identity
