(ns app.main (:require [reagent.core :as r]))
(defn hello [] [:div {:class "x"} "Hello"])
(js/console.log "loaded" #js {:a 1})
