import QtQuick 2.15
import QtQuick.Controls 2.15 as Controls

// A simple window
Rectangle {
    id: root
    width: 640; height: 480
    color: "#f0f0f0"
    property int clicks: 0
    property string title: 'Counter'
    signal reset()

    Text {
        anchors.centerIn: parent
        text: root.title + ": " + root.clicks
        font.pixelSize: 24
    }

    MouseArea {
        anchors.fill: parent
        onClicked: {
            root.clicks += 1;
            if (root.clicks > 10) root.reset();
        }
    }
    /* handler */
    onReset: clicks = 0
}
